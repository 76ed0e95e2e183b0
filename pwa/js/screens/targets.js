// Where to inspect today: premises ranked by risk with the reasons the server gives, the day's
// route from the officer's position, and where consumers found suspicious stamps; a map beside
// the lists (the lists say everything the map shows, for small screens and screen readers).
// The last answer is kept on the phone, so the list and the map open without a network.
import { h, append, field, notice } from '../dom.js';
import { t, lang, formatNumber, formatDateTime, formatDistance } from '../i18n.js';
import { go } from '../router.js';
import { api, NetworkError } from '../api.js';
import { uuid } from '../offline.js';
import { position } from '../geo.js';
import { saveInspection } from '../inspection-state.js';
import { requireSession, sessionEnded } from '../session.js';
import { errorNotice } from '../errors.js';
import { municipalityOptions } from '../case-common.js';
import { drawMap, stylesheet, OWN_CSS } from '../map.js';

const KEPT = 'bi.targets';
const SEATS = 'bi.seats';
// Risk levels of a score (docs/inspections.md, "Targets"): the colours of the map and the list.
export const levelOf = (score) => (score >= 6 ? 'high' : score >= 3 ? 'medium' : 'low');

async function seats() {
  const key = `${SEATS}.${lang()}`;
  try {
    const { municipalities } = await api.municipalities();
    const found = municipalities.filter((m) => m.seat).map((m) => ({ name: m.name, lat: m.seat.lat, lon: m.seat.lon }));
    localStorage.setItem(key, JSON.stringify(found));
    return found;
  } catch {
    return JSON.parse(localStorage.getItem(key) || '[]');
  }
}

function targetItem(target, begin) {
  const level = levelOf(target.score);
  const place = target.premises;
  return h('li', { class: `target target-${level}` },
    h('h3', { text: place.name }),
    h('p', { class: 'small', text: [place.address, place.municipality_name].filter(Boolean).join(' · ') }),
    h('p', {}, h('span', { class: 'level', text: t(`targets.level.${level}`) }), ' ',
      h('span', { class: 'small', text: t('targets.score', { score: formatNumber(target.score, { maximumFractionDigits: 1 }) }) }),
      typeof target.distance_km === 'number' ? h('span', { class: 'small', text: ` · ${t('targets.away', { distance: formatDistance(target.distance_km) })}` }) : null),
    h('ul', {}, target.reasons.map((reason) => h('li', { text: reason.message }))),
    h('button', { type: 'button', class: 'button', onclick: () => begin(place) }, t('targets.inspect')));
}

export async function render(root, route) {
  if (!requireSession(root)) return null;
  stylesheet(OWN_CSS);
  const query = route.query;
  const municipality = h('select', { name: 'municipality' }, h('option', { value: '', text: t('targets.allMunicipalities') }));
  const fromHere = h('input', { type: 'checkbox', name: 'here', checked: query.get('here') === '1' });
  const form = h('form', { class: 'form no-print' },
    field(t('targets.municipality'), municipality),
    h('label', { class: 'check' }, fromHere, ' ', t('targets.fromHere')),
    h('button', { type: 'submit', class: 'button button-primary' }, t('targets.show')));
  const status = h('div', { 'aria-live': 'polite' });
  const mapBox = h('div', { class: 'map', role: 'region', 'aria-label': t('targets.mapLabel') });
  const lists = h('div', {});
  append(root, h('h1', { text: t('targets.title') }), form, status,
    h('div', { class: 'day-layout' }, h('div', {}, h('h2', { class: 'visually-hidden', text: t('targets.map') }), mapBox), lists));
  let removeMap = null;

  municipalityOptions().then((options) => {
    for (const [value, name] of options) municipality.append(h('option', { value, text: name, selected: value === query.get('municipality') }));
  }).catch(() => {});

  async function begin(place) {
    status.replaceChildren(notice('info', t('inspection.starting')));
    try {
      const started = await api.startInspection({ premises_id: place.id }, uuid());
      saveInspection({ id: started.id, premises: place, started_at: started.started_at || new Date().toISOString(), scans: [] });
      go('inspection');
    } catch (err) {
      status.replaceChildren(errorNotice(err));
    }
  }

  async function show(answer) {
    lists.replaceChildren();
    append(lists,
      h('h2', { text: t('targets.list') }),
      answer.targets.length ? h('ol', { class: 'plain-list' }, answer.targets.map((target) => targetItem(target, begin))) : h('p', { text: t('targets.none') }),
      answer.route?.length ? [
        h('h2', { text: t('targets.route') }),
        h('ol', { class: 'route-list' }, answer.route.map((stop) => h('li', { text: t('targets.stop', {
          name: answer.targets.find((target) => target.premises.id === stop.premises_id)?.premises.name || '',
          distance: formatDistance(stop.leg_km) }) }))),
        h('p', { text: t('targets.routeTotal', { distance: formatDistance(answer.total_km) }) })] : null,
      h('h2', { text: t('targets.hotspots') }),
      answer.hotspots.length
        ? h('ul', {}, answer.hotspots.map((spot) => h('li', { text: t('targets.hotspot', spot) })))
        : h('p', { text: t('targets.noHotspots') }));
    removeMap?.();
    removeMap = null;
    try {
      removeMap = await drawMap(mapBox, { ...answer, seats: await seats(), tileUrl: answer.map_tile_url, levelOf });
    } catch (err) {
      console.error(err);
      mapBox.replaceChildren(notice('info', t('targets.mapUnavailable')));
    }
  }

  async function load() {
    const params = { limit: '20' };
    if (municipality.value || query.get('municipality')) params.municipality = municipality.value || query.get('municipality');
    status.replaceChildren(notice('info', '…'));
    try {
      if (fromHere.checked) {
        const here = await position();
        params.lat = here.lat.toFixed(4);
        params.lon = here.lon.toFixed(4);
      }
      const answer = await api.targets(params);
      localStorage.setItem(`${KEPT}.${lang()}`, JSON.stringify({ answer, at: new Date().toISOString() }));
      status.replaceChildren(answer.as_of ? h('p', { class: 'small', text: t('targets.asOf', { time: formatDateTime(answer.as_of) }) }) : '');
      await show(answer);
    } catch (err) {
      if (sessionEnded(root, err)) return;
      const kept = JSON.parse(localStorage.getItem(`${KEPT}.${lang()}`) || 'null');
      if (err instanceof NetworkError && kept) {
        status.replaceChildren(notice('info', t('targets.offline', { time: formatDateTime(kept.at) })));
        await show(kept.answer);
      } else {
        status.replaceChildren(errorNotice(err));
      }
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('targets', null, { ...(municipality.value ? { municipality: municipality.value } : {}), ...(fromHere.checked ? { here: '1' } : {}) });
  });
  await load();
  return () => removeMap?.();
}
