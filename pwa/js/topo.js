// One country's outline out of a TopoJSON topology (world-atlas, Natural Earth: public domain),
// as rings of [lat, lon] for Leaflet: the few lines of topojson-client that the map needs.

function arcPoints(topology, index) {
  const arc = topology.arcs[index < 0 ? ~index : index];
  const { scale: [sx, sy], translate: [tx, ty] } = topology.transform;
  let x = 0;
  let y = 0;
  // Quantized and delta-encoded: each position adds to the previous one.
  const points = arc.map(([dx, dy]) => { x += dx; y += dy; return [y * sy + ty, x * sx + tx]; });
  return index < 0 ? points.reverse() : points;
}

function ring(topology, indexes) {
  const points = [];
  indexes.forEach((index, i) => {
    const part = arcPoints(topology, index);
    points.push(...(i ? part.slice(1) : part)); // arcs share their end points
  });
  return points;
}

/** The polygons of the country named `name` (object `countries`): [[ring, hole...], ...]. */
export function countryRings(topology, name) {
  const geometry = topology.objects.countries.geometries.find((g) => g.properties?.name === name);
  if (!geometry) return [];
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
  return polygons.map((polygon) => polygon.map((indexes) => ring(topology, indexes)));
}
