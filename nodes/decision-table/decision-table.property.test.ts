import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileLogic,
  buildFacts,
  CUSTOMER_TIERS,
  type OrderInput,
  emptyOutcome,
  computeTotals,
} from '../../runtime/node/index';
import { makeOrder } from '../testing/node-harness';
import { buildTable } from './build-table';
import { matchingRows, prepareTable } from './decision-table.node';
import { decisionTableConfigSchema } from './table.schema';
import { TABLE_WORDS } from './words';

/*
 * Random tier × subtotal × created-at tables against random orders whose values sit on and around every
 * bound the cells can name: what validation proves about a table must hold for every order.
 */

const YUAN = [0, 100, 300, 500, 800];
const tierCell = fc.oneof(
  fc.constant('-'),
  fc.subarray([...CUSTOMER_TIERS], { minLength: 1 }).map((t) => t.join(', ')),
  fc.subarray([...CUSTOMER_TIERS], { minLength: 1, maxLength: 3 }).map((t) => `not(${t.join(', ')})`),
);
const spendCell = fc.oneof(
  fc.constant('-'),
  fc.tuple(fc.constantFrom('>=', '>', '<', '<=', '=', '!='), fc.constantFrom(...YUAN)).map(([op, v]) => `${op} ¥${v}`),
  fc
    .tuple(fc.constantFrom('[', '('), fc.constantFrom(...YUAN), fc.constantFrom(...YUAN), fc.constantFrom(']', ')'))
    .filter(([, a, b]) => a < b)
    .map(([o, a, b, c]) => `${o}${a}..${b}${c}`),
);
const dayCell = fc.oneof(
  fc.constant('-'),
  fc.constantFrom('2026-11-11', '>= 2026-11-11', '< 2026-11-11', '[2026-11-10..2026-11-11]', '> 2026-11-10 20:00'),
);
const row = fc.record({ tier: tierCell, spend: spendCell, day: dayCell });
const table = fc.array(row, { minLength: 1, maxLength: 4 }).map((rows) =>
  decisionTableConfigSchema.parse({
    inputs: [
      { id: 'tier', field: 'customer.tier' },
      { id: 'spend', field: 'totals.subtotal', currency: 'CNY' },
      { id: 'day', field: 'createdAt' },
    ],
    outputs: [{ id: 'tag', kind: 'tag' }],
    rows: rows.map((r, i) => ({ when: r, then: { tag: `row-${i + 1}` } })),
  }),
);
const minor = fc.oneof(
  fc.constantFrom(...YUAN).chain((v) => fc.constantFrom(v * 100 - 1, v * 100, v * 100 + 1)),
  fc.integer({ min: 0, max: 100_000 }),
);
const created = fc.constantFrom(
  '2026-11-09T23:59:59+08:00',
  '2026-11-10T00:00:00+08:00',
  '2026-11-10T20:00:00+08:00',
  '2026-11-10T20:00:01+08:00',
  '2026-11-10T16:00:00Z',
  '2026-11-11T00:00:00+08:00',
  '2026-11-11T23:59:59+08:00',
  '2026-11-11T16:00:00Z',
  '2026-11-12T00:00:00+08:00',
);
const orderArb = fc.record({ tier: fc.constantFrom(...CUSTOMER_TIERS), amount: minor, createdAt: created });

function factsFor(o: { tier: string; amount: number; createdAt: string }) {
  const order = makeOrder([{ price: Math.max(o.amount, 0) }], {
    createdAt: o.createdAt,
    customer: { id: 'c', tier: o.tier } as OrderInput['customer'],
  });
  return buildFacts(order, emptyOutcome(), computeTotals(order, []), '2026-11-11T12:00:00+08:00');
}

const logic = (e: unknown) => compileLogic(e);

describe('decision table properties', () => {
  it('unique: a table validation accepts never matches two rows', () => {
    fc.assert(
      fc.property(table, fc.array(orderArb, { minLength: 1, maxLength: 20 }), (config, orders) => {
        // Most random tables overlap and are refused; the accepted ones are what this is about.
        if (buildTable(config, TABLE_WORDS.en).table === null) return;
        const prepared = prepareTable(config, logic);
        for (const o of orders) expect(matchingRows(prepared, factsFor(o)).length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('an overlap reported is real and a table without gap warnings matches every order', () => {
    fc.assert(
      fc.property(table, fc.array(orderArb, { minLength: 1, maxLength: 20 }), (config, orders) => {
        const { issues } = buildTable(config, TABLE_WORDS.en);
        const collected = { ...config, hitPolicy: 'collect' as const };
        const prepared = prepareTable(collected, logic);
        const gaps = issues.some((i) => i.code === 'table-gap');
        const overlaps = issues.some((i) => i.code === 'table-overlap');
        for (const o of orders) {
          const hits = matchingRows(prepared, factsFor(o)).length;
          if (!gaps) expect(hits).toBeGreaterThanOrEqual(1);
          if (!overlaps) expect(hits).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
