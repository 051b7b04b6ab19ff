import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLogic } from './logic';
import { deepFreeze, reference, sameResult } from './reference.test-support';
import { resolveSegments } from './var-path';

/*
 * The fast paths of the compiler give the same results as the general ones: per-key readers
 * (readers.ts), comparisons that read their field directly (build-compare.ts) and `if` chains settled
 * by lookup (build-control.ts). Keys here are ones the reader table has (facts fields), unlike
 * property.test.ts, whose a–e keys take the generic read.
 */

const SEED = process.env.FC_SEED === undefined ? 20261125 : Number(process.env.FC_SEED);

describe('var over keys with their own reader', () => {
  const paths = [
    'customer.tier',
    'totals.subtotal.amount',
    'channel',
    'shippingAddress.province',
    'current.category',
    'tags.length',
    'lines.0.sku',
    'now.length',
  ];

  /** What `var` must give: own properties only, null when missing. */
  const expected = (data: unknown, path: string) => resolveSegments(data, path.split('.')) ?? null;

  class Customer {
    get tier(): string {
      throw new Error('an inherited getter must not run');
    }
  }
  const withOwnGetter = Object.defineProperty({}, 'tier', { get: () => 'gold', enumerable: true });
  const inheritedData = Object.create({ channel: 'web', customer: { tier: 'vip' } }) as object;
  const nullProto = Object.assign(Object.create(null) as object, { channel: 'jd', customer: { tier: 'silver' } });
  const samples: unknown[] = [
    {
      customer: { tier: 'vip' },
      totals: { subtotal: { amount: 5 } },
      channel: 'web',
      shippingAddress: { province: 'Zhejiang' },
      tags: ['a'],
      lines: [{ sku: 'S' }],
      now: 'x',
    },
    {
      customer: new Customer(),
      totals: { subtotal: Object.create({ amount: 7 }) as object },
      channel: 7,
      shippingAddress: 'Zhejiang',
    },
    { customer: withOwnGetter, current: { category: 'beauty' }, tags: 'abc', lines: 'L' },
    { customer: [], totals: [1], channel: null, current: 'x', now: ['x'] },
    inheritedData,
    nullProto,
    [1, 2],
    'text',
    42,
    null,
    undefined,
  ];

  it('reads own properties only, like the generic read, on every kind of data', () => {
    for (const path of paths) {
      const compiled = compileLogic({ var: path });
      samples.forEach((data, i) => expect(compiled(data), `${path} on sample ${i}`).toEqual(expected(data, path)));
    }
  });

  it('never reads a key Object.prototype gained (prototype pollution)', () => {
    const compiled = compileLogic({ '==': [{ var: 'customer.tier' }, 'vip'] });
    const read = compileLogic({ var: 'customer.tier' });
    compiled({ customer: { tier: 'vip' } }); // compiled and warmed before the pollution
    Object.defineProperty(Object.prototype, 'tier', { value: 'vip', configurable: true, writable: true });
    try {
      expect(read({ customer: {} })).toBeNull();
      expect(compiled({ customer: {} })).toBe(false);
      expect(read({ customer: { tier: 'gold' } })).toBe('gold');
    } finally {
      delete (Object.prototype as { tier?: unknown }).tier;
    }
  });
});

const TEXTS = ['vip', 'gold', '', '1', '01', 'Guangdong', 'true', 'null'] as const;
const fieldValue = fc.oneof(
  fc.constantFrom(...TEXTS),
  fc.constantFrom(0, 1, -0, NaN, true, false, null),
  fc.constantFrom(['vip'], [1], [], {}),
);
const facts = fc.record(
  {
    channel: fieldValue,
    customer: fc.oneof(fc.record({ tier: fieldValue }, { requiredKeys: [] }), fieldValue),
    shippingAddress: fc.record({ province: fieldValue }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
const field = fc.constantFrom('channel', 'customer.tier', 'shippingAddress.province');
const variable = fc.oneof(
  field.map((path) => ({ var: path })),
  fc.tuple(field, fc.constantFrom('vip', 'gold', 0, null)).map(([path, fallback]) => ({ var: [path, fallback] })),
);

function check(expression: fc.Arbitrary<unknown>, runs: number): void {
  fc.assert(
    fc.property(facts, expression, (data, expr) => {
      deepFreeze(data);
      const expected = reference(expr, data);
      if (expected.threw) return true;
      const actual = compileLogic(expr)(data);
      if (!sameResult(actual, expected.value))
        throw new Error(`${JSON.stringify(expr)} on ${JSON.stringify(data)}: got ${String(JSON.stringify(actual))}`);
      return true;
    }),
    { seed: SEED, numRuns: runs },
  );
}

describe('fast paths match json-logic-js', () => {
  it('a field compared with a constant', () => {
    const constant = fc.oneof(fc.constantFrom(...TEXTS), fc.constantFrom(0, 1, true, false, null, 1.5));
    const op = fc.constantFrom('==', '===', '!=', '!==', '<', '<=', '>', '>=');
    check(
      fc.tuple(op, variable, constant).map(([o, v, c]) => ({ [o]: [v, c] })),
      2000,
    );
  });

  it('`if` chains of text tests on fields, with other tests between them', () => {
    const test = fc.oneof(
      {
        arbitrary: fc
          .tuple(fc.constantFrom('==', '==='), variable, fc.constantFrom(...TEXTS))
          .map(([o, v, t]) => ({ [o]: [v, t] })),
        weight: 6,
      },
      {
        arbitrary: fc.tuple(variable, fc.constantFrom(0, 1, true, null)).map(([v, c]) => ({ '==': [v, c] })),
        weight: 1,
      },
      { arbitrary: variable, weight: 1 },
    );
    const pair = fc.tuple(test, fc.oneof(fc.constantFrom('A', 'B', 'C', 'D', 0), variable));
    const chain = fc.tuple(
      fc.array(pair, { minLength: 1, maxLength: 12 }),
      fc.option(fc.constantFrom('ELSE', null), { nil: undefined }),
    );
    check(
      chain.map(([pairs, otherwise]) => ({ if: [...pairs.flat(), ...(otherwise === undefined ? [] : [otherwise])] })),
      3000,
    );
  });

  it('long runs on one field, as a routing table is written', () => {
    const runOf = fc.tuple(
      variable,
      fc.array(fc.tuple(fc.constantFrom(...TEXTS), fc.constantFrom('A', 'B', 'C')), { minLength: 3, maxLength: 9 }),
    );
    check(
      fc.tuple(runOf, fc.option(fc.constantFrom('ELSE'), { nil: undefined })).map(([[v, cases], otherwise]) => ({
        if: [
          ...cases.flatMap(([text, out]) => [{ '==': [v, text] }, out]),
          ...(otherwise === undefined ? [] : [otherwise]),
        ],
      })),
      2000,
    );
  });
});
