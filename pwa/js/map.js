// The officer's map, loaded only by the screens that draw one (never on a consumer's first
// visit): Leaflet from the PWA's own node_modules, Kosovo's outline from world-atlas (Natural
// Earth, public domain) and the municipalities' seats from the gazetteer (GET /municipalities).
// No tile server is contacted unless the deployment names one (MAP_TILE_URL), so the map draws
// offline from what the service worker kept.
import { h } from './dom.js';
import { t } from './i18n.js';
import { countryRings } from './topo.js';

const LEAFLET = '/node_modules/leaflet/dist/leaflet-src.esm.js';
const LEAFLET_CSS = '/node_modules/leaflet/dist/leaflet.css';
const ATLAS = '/node_modules/world-atlas/countries-50m.json';
export const OWN_CSS = '/css/officers-day.css';
// Kosovo's extent (app/geo/gazetteer.py BOUNDING_BOX).
const KOSOVO = [[41.85, 20.0], [43.28, 21.81]];
export const RISK_COLOURS = { high: '#b00020', medium: '#b35c00', low: '#2e7d32' };

/** Add a stylesheet once (the shell's own CSS stays small). */
export function stylesheet(href) {
  if (!document.querySelector(`link[href="${href}"]`)) document.head.append(h('link', { rel: 'stylesheet', href }));
}

let outline = null;
async function kosovoOutline() {
  if (!outline) {
    const response = await fetch(ATLAS);
    outline = countryRings(await response.json(), 'Kosovo');
  }
  return outline;
}

/**
 * Draw the map into `container`: Kosovo, the seats, the hotspots (circles by suspicious scans),
 * the premises coloured by risk level, the route from `start`. Returns a function that removes it.
 */
export async function drawMap(container, { targets = [], route = [], start, hotspots = [], seats = [], tileUrl, levelOf }) {
  stylesheet(LEAFLET_CSS);
  const [L, rings] = await Promise.all([import(LEAFLET), kosovoOutline()]);
  const map = L.map(container, { zoomSnap: 0.25, attributionControl: Boolean(tileUrl) });
  if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 18 }).addTo(map);
  const country = L.polygon(rings, { color: '#41546b', weight: 2, fillColor: '#f4f1e8', fillOpacity: tileUrl ? 0.1 : 1 }).addTo(map);
  for (const seat of seats) {
    L.circleMarker([seat.lat, seat.lon], { radius: 3, color: '#41546b', weight: 1, fillOpacity: 0.8 })
      .bindTooltip(t('targets.seat', { name: seat.name })).addTo(map);
  }
  const most = Math.max(1, ...hotspots.map((spot) => spot.suspicious));
  for (const spot of hotspots) {
    L.circle([spot.lat, spot.lon], { radius: 1500 + 6000 * Math.sqrt(spot.suspicious / most), color: RISK_COLOURS.high, weight: 1, fillOpacity: 0.15 })
      .bindTooltip(t('targets.hotspot', spot)).addTo(map);
  }
  const located = targets.filter((target) => target.premises.lat != null && target.premises.lon != null);
  for (const target of located) {
    const level = levelOf(target.score);
    L.circleMarker([target.premises.lat, target.premises.lon], { radius: 8, color: '#fff', weight: 2, fillColor: RISK_COLOURS[level], fillOpacity: 1 })
      .bindTooltip(`${target.premises.name} · ${t(`targets.level.${level}`)}`).addTo(map);
  }
  if (start && route.length) {
    L.polyline([[start.lat, start.lon], ...route.map((stop) => [stop.lat, stop.lon])], { color: '#1d4f91', weight: 3, dashArray: '6 6' }).addTo(map);
    L.circleMarker([start.lat, start.lon], { radius: 6, color: '#1d4f91', fillOpacity: 1 }).bindTooltip(t('targets.you')).addTo(map);
  }
  const points = located.map((target) => [target.premises.lat, target.premises.lon]);
  if (start) points.push([start.lat, start.lon]);
  map.fitBounds(points.length > 1 ? L.latLngBounds(points).pad(0.2) : country.getBounds() || KOSOVO);
  if (points.length === 1) map.setView(points[0], 12);
  return () => map.remove();
}
