/**
 * Random damage to a channel payload for property tests: deletions, wrong types and garbage at any place.
 */
import fc from 'fast-check';
import { isLosslessNumber, LosslessNumber } from 'lossless-json';

type Path = (string | number)[];

/** Every place in a JSON document, so a mutation can hit any of them. */
function placesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => placesOf(item, [...path, i], out));
  else if (value && typeof value === 'object' && !isLosslessNumber(value))
    for (const [key, item] of Object.entries(value)) placesOf(item, [...path, key], out);
  return out;
}

export const garbage = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    'null',
    '-',
    '1e999',
    '0x1F',
    'NaN',
    '２０２３-０１-０１',
    '##abc##',
    '2023-02-30 25:61:00',
    '￥12.50',
    '1,234.56',
  ),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map((n) => new LosslessNumber(n.toString())),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => new LosslessNumber(String(n))),
  // Numbers as channels write them, and the ones a double cannot hold (long decimals, big exponents).
  fc
    .constantFrom(
      '0.06',
      '19.99',
      '1.50',
      '100',
      '0.12345678901234567',
      '123456789.123456789',
      '1e400',
      '2.5e-7',
      '9007199254740993',
    )
    .map((text) => new LosslessNumber(text)),
  fc.boolean(),
  fc.constant(null),
  // Fresh objects each time: a shared one could be mutated into a cycle.
  fc.constantFrom('{}', '[]', '[[{"deep": [1, 2, {"x": null}]}]]').map((text) => JSON.parse(text) as unknown),
);
export const mutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'replace'),
  value: garbage,
});

export function mutate(document: unknown, mutations: readonly { at: number; kind: string; value: unknown }[]): unknown {
  let root = document;
  for (const m of mutations) {
    const places = placesOf(root);
    const path = places[m.at % places.length]!;
    if (path.length === 0) {
      root = m.kind === 'delete' ? {} : m.value;
      continue;
    }
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = m.value;
  }
  return root;
}
