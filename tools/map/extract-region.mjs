// Cuts the 33 member states (and, as context, the other land inside the map's frame) out of
// world-atlas's countries-50m.json, keeping only the arcs they use.
//
//   node tools/map/extract-region.mjs <countries-50m.json> <countries.csv> <out.topo.json>
//
// Plain Node, no dependencies. See docs/map-data.md for where the input comes from.

import { readFileSync, writeFileSync } from 'node:fs';

// ISO 3166-1 alpha-2 to numeric (world-atlas ids are the numeric codes, as strings).
const NUMERIC = {
  AG: '028', AR: '032', BS: '044', BB: '052', BZ: '084', BO: '068', BR: '076', CL: '152',
  CO: '170', CR: '188', CU: '192', DM: '212', DO: '214', EC: '218', SV: '222', GD: '308',
  GT: '320', GY: '328', HT: '332', HN: '340', JM: '388', MX: '484', NI: '558', PA: '591',
  PY: '600', PE: '604', KN: '659', LC: '662', VC: '670', SR: '740', TT: '780', UY: '858',
  VE: '862',
};

// The map's frame in degrees [west, south, east, north]; RegionMap.java uses the same numbers.
// Context polygons are kept when their bounds overlap it; RegionMap clips them to it.
const FRAME = [-119, -57, -33, 33.5];

function fail(message) {
  console.error(`extract-region: ${message}`);
  process.exit(1);
}

const [input, csvPath, output] = process.argv.slice(2);
if (!input || !csvPath || !output) {
  fail('usage: node tools/map/extract-region.mjs <countries-50m.json> <countries.csv> <out.topo.json>');
}

// One CSV line into fields; quotes are honoured so a comma in a note cannot shift the columns.
function splitCsv(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else field += c;
  }
  fields.push(field);
  return fields;
}

const lines = readFileSync(csvPath, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
const column = splitCsv(lines[0]).indexOf('iso2');
if (column < 0) fail(`${csvPath} has no iso2 column`);
const members = lines.slice(1).map((l) => splitCsv(l)[column].trim().toUpperCase());
if (members.length !== 33) fail(`expected 33 member states in ${csvPath}, found ${members.length}`);
if (new Set(members).size !== members.length) fail(`${csvPath} lists a state twice`);
for (const iso2 of members) {
  if (!NUMERIC[iso2]) fail(`no ISO numeric code known for ${iso2}; add it to NUMERIC`);
}

const topology = JSON.parse(readFileSync(input, 'utf8'));
const transform = topology.transform;
if (!transform) fail('expected a quantized topology (with a transform)');
const geometries = topology.objects.countries.geometries;

// Absolute positions of an arc in degrees: quantized arcs are delta-encoded, each arc on its own.
function arcPoints(index) {
  const [sx, sy] = transform.scale;
  const [tx, ty] = transform.translate;
  let x = 0;
  let y = 0;
  return topology.arcs[index].map(([dx, dy]) => {
    x += dx;
    y += dy;
    return [x * sx + tx, y * sy + ty];
  });
}

const arcIndex = (ref) => (ref < 0 ? ~ref : ref);
const polygonsOf = (g) => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);

function bounds(arcRefs) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ref of arcRefs) {
    for (const [x, y] of arcPoints(arcIndex(ref))) {
      b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

const byNumeric = new Map(geometries.filter((g) => g.id !== undefined).map((g) => [g.id, g]));
const missing = members.filter((iso2) => !byNumeric.has(NUMERIC[iso2]));
if (missing.length > 0) fail(`not in ${input}: ${missing.join(', ')}`);

const memberGeometries = [...members].sort().map((iso2) => {
  const g = byNumeric.get(NUMERIC[iso2]);
  if (polygonsOf(g).length === 0) fail(`${iso2} has no polygons`);
  return { type: g.type, arcs: g.arcs, id: iso2, properties: { name: g.properties.name } };
});

// Context: each polygon of a non-member whose outer ring's bounds overlap the frame. A polygon
// wider than 180 degrees crosses the antimeridian (Fiji, Russia) and is never near the region.
const memberNumerics = new Set(members.map((iso2) => NUMERIC[iso2]));
const contextGeometries = [];
for (const g of geometries) {
  if (memberNumerics.has(g.id)) continue;
  const kept = polygonsOf(g).filter((polygon) => {
    const [w, s, e, n] = bounds(polygon[0]);
    return e - w < 180 && w < FRAME[2] && e > FRAME[0] && s < FRAME[3] && n > FRAME[1];
  });
  if (kept.length === 0) continue;
  const geometry = kept.length === 1
    ? { type: 'Polygon', arcs: kept[0] }
    : { type: 'MultiPolygon', arcs: kept };
  contextGeometries.push({ ...geometry, properties: { name: g.properties.name } });
}
// Code-point order, not localeCompare: the output must not depend on the machine's locale.
contextGeometries.sort((a, b) => (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0));

// Keep the used arcs in their original order, and renumber every reference (~i stays reversed).
const all = [...memberGeometries, ...contextGeometries];
const used = new Set(all.flatMap((g) => polygonsOf(g).flat(2).map(arcIndex)));
const renumbered = new Map([...used].sort((a, b) => a - b).map((old, i) => [old, i]));
function renumber(g) {
  const ring = (refs) => refs.map((ref) => (ref < 0 ? ~renumbered.get(~ref) : renumbered.get(ref)));
  const arcs = g.type === 'Polygon' ? g.arcs.map(ring) : g.arcs.map((polygon) => polygon.map(ring));
  return { ...g, arcs };
}

const arcs = [...renumbered.keys()].map((old) => topology.arcs[old]);
const bbox = bounds(all.flatMap((g) => polygonsOf(g).flat(2)));

const result = {
  type: 'Topology',
  bbox: bbox.map((v) => Math.round(v * 1e6) / 1e6),
  transform,
  objects: {
    countries: { type: 'GeometryCollection', geometries: memberGeometries.map(renumber) },
    context: { type: 'GeometryCollection', geometries: contextGeometries.map(renumber) },
  },
  arcs,
};
const json = JSON.stringify(result);
writeFileSync(output, json);
console.log(`${output}: ${memberGeometries.length} member states, ${contextGeometries.length} context geometries, `
  + `${arcs.length} of ${topology.arcs.length} arcs, ${Buffer.byteLength(json)} bytes`);
