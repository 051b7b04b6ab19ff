import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderArbitrary } from '../testing/arbitraries';
import { zodParseOptions } from '../engine/zod-problems';
import { fastParseOrder, parseOrder } from './check-order';
import { FAILED } from './check-support';
import { orderSchema } from './order.schema';

/** Valid orders with the optional parts present too (payment, fee, attributes, address details). */
const fullOrderArbitrary = fc
  .tuple(
    orderArbitrary,
    fc.boolean(),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))),
  )
  .map(([order, extras, attributes]) =>
    extras
      ? {
          ...order,
          updatedAt: '2026-11-11T00:06:00+08:00',
          payment: {
            method: 'alipay',
            amount: { amount: 100, currency: order.currency },
            paidAt: '2026-11-11T00:05:00Z',
          },
          shippingFee: { amount: 0, currency: order.currency },
          attributes,
          shippingAddress: { ...order.shippingAddress, district: 'Pudong', postalCode: '200000' },
        }
      : order,
  );

/** Every path to a value inside `value` (object keys and array indices). */
function paths(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) {
      const here = [...at, Array.isArray(value) ? Number(k) : k];
      out.push(here);
      paths(v, here, out);
    }
  return out;
}

const HOSTILE = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    undefined,
    Number.NaN,
    Infinity,
    -0,
    1.5,
    2 ** 53,
    -1,
    0,
    '',
    '__proto__',
    'x'.repeat(300),
    'ZZZ',
    'usd',
    '2026-13-01T00:00:00Z',
    [],
    {},
  ),
);
type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'add'; pick: number; key: string }
  | { kind: 'cross'; pick: number; currency: string };
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: HOSTILE }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    pick: fc.nat(),
    key: fc.constantFrom('extra', '__proto__', 'constructor', 'toString'),
  }),
  // What only the order-level refinement sees: a repeated line id, a money field in another currency.
  fc.record({ kind: fc.constant('cross' as const), pick: fc.nat(), currency: fc.constantFrom('USD', 'EUR', 'CNY') }),
);

/** A copy of `order` with one change at one random place (often, not always, making it invalid). */
function mutate(order: unknown, m: Mutation): unknown {
  const copy = JSON.parse(JSON.stringify(order)) as Record<string, unknown>;
  if (m.kind === 'cross') {
    const lines = copy.lines as { id: string; unitPrice: { currency: string } }[];
    const line = lines[m.pick % lines.length]!;
    if (m.pick % 2 === 0) line.id = lines[0]!.id;
    else line.unitPrice.currency = m.currency;
    return copy;
  }
  const all = paths(copy);
  const path = all[m.pick % all.length]!;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (m.kind === 'set') parent[last] = m.value;
  else if (m.kind === 'delete') delete parent[last];
  else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null)
      Object.defineProperty(target, m.key, { value: 1, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

/** A deep copy of `value` with every object's keys in another order (picked by `seed`; arrays keep theirs). */
function reordered(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => reordered(v, seed + i));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const turn = entries.length === 0 ? 0 : Math.abs(seed) % entries.length;
  const turned = [...entries.slice(turn), ...entries.slice(0, turn)];
  if (seed % 2 === 0) turned.reverse();
  return Object.fromEntries(turned.map(([k, v]) => [k, reordered(v, seed * 31 + k.length)]));
}

/** What a caller sees: the value (key order included) or the issues. */
function seen(result: ReturnType<typeof parseOrder>) {
  return result.success ? { data: JSON.stringify(result.data), value: result.data } : { issues: result.error.issues };
}

describe('parseOrder: the fast order check agrees with the zod schema', () => {
  it('takes the fast path for every valid order and returns what zod returns', () => {
    fc.assert(
      fc.property(fullOrderArbitrary, (order) => {
        const fast = fastParseOrder(order);
        expect(fast).not.toBe(FAILED);
        expect(seen(parseOrder(order))).toEqual(seen(orderSchema.safeParse(order)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('accepts and refuses what zod does, with the same messages and paths, on orders changed at random', () => {
    fc.assert(
      fc.property(
        fullOrderArbitrary,
        mutationArb,
        fc.constantFrom('en', 'zh') as fc.Arbitrary<'en' | 'zh'>,
        (order, m, locale) => {
          const input = mutate(order, m);
          const expected = orderSchema.safeParse(input, zodParseOptions(locale));
          expect(seen(parseOrder(input, zodParseOptions(locale)))).toEqual(seen(expected));
          if (!expected.success) expect(fastParseOrder(input)).toBe(FAILED);
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);

  it("gives zod's key order whatever order the input's keys come in", () => {
    fc.assert(
      fc.property(fullOrderArbitrary, fc.integer(), (order, seed) => {
        const input = reordered(order, seed);
        expect(fastParseOrder(input)).not.toBe(FAILED);
        expect(seen(parseOrder(input))).toEqual(seen(orderSchema.safeParse(input)));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('agrees on every example order', () => {
    const lines = readFileSync(new URL('../../examples/data/orders.jsonl', import.meta.url), 'utf8').split('\n');
    let fastCount = 0;
    for (const line of lines.slice(0, 600)) {
      if (line.trim() === '') continue;
      const input: unknown = JSON.parse(line);
      expect(seen(parseOrder(input))).toEqual(seen(orderSchema.safeParse(input)));
      if (fastParseOrder(input) !== FAILED) fastCount++;
    }
    expect(fastCount).toBeGreaterThan(500);
  }, 60_000);

  it('keeps the shared empty attributes object for orders that bring none', () => {
    fc.assert(
      fc.property(orderArbitrary, (order) => {
        const fast = parseOrder({ ...order, attributes: {} });
        const slow = orderSchema.safeParse({ ...order, attributes: {} });
        expect(fast.success && slow.success && fast.data.attributes === slow.data.attributes).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
