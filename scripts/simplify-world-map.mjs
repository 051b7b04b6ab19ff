/**
 * How maps/world.json was made from the world.json of the echarts 4.9.0 npm package (see SOURCES.md):
 *   npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz
 *   node scripts/simplify-world-map.mjs package/map/json/world.json editor/forecast/maps/world.json
 * Douglas–Peucker at 0.25°, coordinates to 0.1°, rings under 4 points dropped; each country gets its
 * ISO 3166-1 alpha-2 code (`iso`), from the English names Intl knows, else the table below.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const world = JSON.parse(readFileSync(input, 'utf8'));
const names = new Intl.DisplayNames(['en'], { type: 'region' });
// Withdrawn codes Intl still names (East Germany, the USSR, …): never the code of a country today.
const WITHDRAWN = new Set([
  'AN',
  'HV',
  'DY',
  'BU',
  'ZR',
  'CS',
  'YU',
  'DD',
  'FX',
  'UK',
  'NH',
  'RH',
  'SU',
  'TP',
  'VD',
  'YD',
]);
const byName = new Map();
for (let a = 65; a < 91; a++)
  for (let b = 65; b < 91; b++) {
    const code = String.fromCharCode(a, b);
    let name;
    try {
      name = names.of(code);
    } catch {
      continue;
    }
    if (name && name !== code && !WITHDRAWN.has(code)) byName.set(name, code);
  }
// Natural Earth's short names that Intl spells otherwise.
const SHORT = {
  'Antigua and Barb.': 'AG',
  'Bosnia and Herz.': 'BA',
  'Br. Indian Ocean Ter.': 'IO',
  'Cayman Is.': 'KY',
  'Central African Rep.': 'CF',
  Congo: 'CG',
  'Czech Rep.': 'CZ',
  "Côte d'Ivoire": 'CI',
  'Dem. Rep. Congo': 'CD',
  'Dem. Rep. Korea': 'KP',
  'Dominican Rep.': 'DO',
  'Eq. Guinea': 'GQ',
  'Faeroe Is.': 'FO',
  'Falkland Is.': 'FK',
  'Fr. Polynesia': 'PF',
  'Fr. S. Antarctic Lands': 'TF',
  'Heard I. and McDonald Is.': 'HM',
  Korea: 'KR',
  'Lao PDR': 'LA',
  Macedonia: 'MK',
  Micronesia: 'FM',
  'N. Mariana Is.': 'MP',
  Palestine: 'PS',
  'S. Geo. and S. Sandw. Is.': 'GS',
  'S. Sudan': 'SS',
  'Saint Helena': 'SH',
  'Solomon Is.': 'SB',
  'St. Pierre and Miquelon': 'PM',
  'St. Vin. and Gren.': 'VC',
  Swaziland: 'SZ',
  'São Tomé and Principe': 'ST',
  'Timor-Leste': 'TL',
  'Turks and Caicos Is.': 'TC',
  'U.S. Virgin Is.': 'VI',
  'United States': 'US',
  Vatican: 'VA',
  'W. Sahara': 'EH',
  Aland: 'AX',
  Myanmar: 'MM',
  Russia: 'RU',
  Syria: 'SY',
  Iran: 'IR',
  Vietnam: 'VN',
  Bolivia: 'BO',
  Venezuela: 'VE',
  Tanzania: 'TZ',
  Moldova: 'MD',
  Brunei: 'BN',
  'British Virgin Is.': 'VG',
  'Cape Verde': 'CV',
  Curaçao: 'CW',
  Turkey: 'TR',
  Gambia: 'GM',
  Bahamas: 'BS',
  'Saint Lucia': 'LC',
  'Trinidad and Tobago': 'TT',
};

function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const [a, b] = [points[0], points.at(-1)];
  let max = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const d =
      dx === 0 && dy === 0
        ? Math.hypot(p[0] - a[0], p[1] - a[1])
        : Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / Math.hypot(dx, dy);
    if (d > max) [max, at] = [d, i];
  }
  if (max <= tolerance) return [a, b];
  return [...simplify(points.slice(0, at + 1), tolerance).slice(0, -1), ...simplify(points.slice(at), tolerance)];
}

const round = (x) => Math.round(x * 10) / 10;
function ring(points) {
  const out = simplify(points, 0.25)
    .map(([x, y]) => [round(x), round(y)])
    .filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  return out.length >= 4 ? out : null;
}

const features = [];
for (const f of world.features) {
  const name = f.properties.name;
  if (!name) continue;
  const g = f.geometry;
  const coordinates =
    g.type === 'Polygon'
      ? g.coordinates.map(ring).filter(Boolean)
      : g.coordinates.map((polygon) => polygon.map(ring).filter(Boolean)).filter((polygon) => polygon.length > 0);
  if (coordinates.length === 0) continue;
  const iso = SHORT[name] ?? byName.get(name) ?? '';
  features.push({ type: 'Feature', properties: { name, iso }, geometry: { type: g.type, coordinates } });
}
writeFileSync(output, JSON.stringify({ type: 'FeatureCollection', features }));
