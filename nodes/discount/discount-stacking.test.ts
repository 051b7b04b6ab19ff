import { describe, expect, it } from 'vitest';
import type { Adjustment } from '../../runtime/node/index';
import { discountNode } from './discount.node.ts';
import { compete, rivalsOf } from './stacking';
import { DISCOUNT_WORDS } from './words';
import { existing, makeOrder, outcomeWith, runNode, withPatch } from '../testing/node-harness';

const order = makeOrder([{ price: 10000 }, { price: 10000 }]); // ¥200 over two lines
const on = (lineId: string, amount: number) => [{ lineId, amount }];

interface Case {
  readonly name: string;
  readonly before: readonly Adjustment[];
  readonly config: Record<string, unknown>;
  /** Node ids of the adjustments left after the patch, in order; the new one is "d1". */
  readonly after: readonly string[];
  readonly amount?: number;
  readonly note?: RegExp;
}

const cases: Case[] = [
  // stackable
  {
    name: 'stackable adds to stackable',
    before: [existing('s1', 500, 'stackable')],
    config: { kind: 'fixed', amount: 1000 },
    after: ['s1', 'd1'],
    amount: 1000,
  },
  {
    name: 'stackable adds to best-of',
    before: [existing('b1', 500, 'best-of')],
    config: { kind: 'fixed', amount: 1000 },
    after: ['b1', 'd1'],
    amount: 1000,
  },
  {
    name: 'stackable loses to an earlier exclusive of higher priority',
    before: [existing('x1', 500, 'exclusive', 5)],
    config: { kind: 'fixed', amount: 9000, priority: 1 },
    after: ['x1'],
    note: /lost to x1 \(priority 5 > 1\)/,
  },
  {
    name: 'stackable at equal priority must beat the exclusive amount',
    before: [existing('x1', 1000, 'exclusive')],
    config: { kind: 'fixed', amount: 1000 },
    after: ['x1'],
    note: /same priority, ¥10.00 ≥ ¥10.00/,
  },
  {
    name: 'stackable of higher priority replaces an exclusive (and is computed without it)',
    before: [existing('x1', 10000, 'exclusive', 0, on('L1', 10000))],
    config: { percent: 10, priority: 2 },
    after: ['d1'],
    amount: 2000,
  },
  // exclusive
  {
    name: 'exclusive alone applies',
    before: [],
    config: { kind: 'fixed', amount: 1000, stacking: 'exclusive' },
    after: ['d1'],
    amount: 1000,
  },
  {
    name: 'exclusive beats lower priorities of every kind and removes them',
    before: [
      existing('s1', 500, 'stackable'),
      existing('b1', 300, 'best-of', -1),
      existing('x0', 100, 'exclusive', -5),
    ],
    config: { kind: 'fixed', amount: 200, stacking: 'exclusive', priority: 1 },
    after: ['d1'],
    amount: 200,
  },
  {
    name: 'exclusive loses to an earlier higher-priority exclusive',
    before: [existing('x1', 100, 'exclusive', 9)],
    config: { kind: 'fixed', amount: 5000, stacking: 'exclusive', priority: 1 },
    after: ['x1'],
    note: /lost to x1 \(priority 9 > 1\)/,
  },
  {
    name: 'exclusive loses to a higher-priority stackable too',
    before: [existing('s1', 100, 'stackable', 3)],
    config: { kind: 'fixed', amount: 5000, stacking: 'exclusive' },
    after: ['s1'],
    note: /priority 3 > 0/,
  },
  {
    name: 'exclusive ties on priority: larger amount wins',
    before: [existing('x1', 900, 'exclusive', 2)],
    config: { kind: 'fixed', amount: 1000, stacking: 'exclusive', priority: 2 },
    after: ['d1'],
    amount: 1000,
  },
  {
    name: 'exclusive full tie keeps the earlier one',
    before: [existing('x1', 1000, 'exclusive', 2)],
    config: { kind: 'fixed', amount: 1000, stacking: 'exclusive', priority: 2 },
    after: ['x1'],
    note: /same priority/,
  },
  {
    name: 'exclusive must beat equal-priority stackables together',
    before: [existing('s1', 500, 'stackable'), existing('s2', 500, 'stackable', 0, on('L2', 500))],
    config: { kind: 'fixed', amount: 800, stacking: 'exclusive' },
    after: ['s1', 's2'],
    note: /lost to s1, s2 \(same priority, ¥10.00 ≥ ¥8.00\)/,
  },
  {
    name: 'exclusive amount is computed on the lines without the discounts it removes',
    before: [existing('s1', 10000, 'stackable', 0, on('L1', 10000))],
    config: { percent: 10, stacking: 'exclusive', priority: 1 },
    after: ['d1'],
    amount: 2000,
  },
  // best-of
  {
    name: 'best-of alone applies',
    before: [],
    config: { kind: 'fixed', amount: 700, stacking: 'best-of' },
    after: ['d1'],
    amount: 700,
  },
  {
    name: 'best-of keeps the larger: newcomer wins',
    before: [existing('b1', 500, 'best-of', 9)],
    config: { kind: 'fixed', amount: 700, stacking: 'best-of' },
    after: ['d1'],
    amount: 700,
  },
  {
    name: 'best-of keeps the larger: incumbent wins',
    before: [existing('b1', 900, 'best-of')],
    config: { kind: 'fixed', amount: 700, stacking: 'best-of', priority: 9 },
    after: ['b1'],
    note: /best-of: b1 already gives ¥9.00 \(this one ¥7.00\)/,
  },
  {
    name: 'best-of equal amounts: higher priority wins',
    before: [existing('b1', 700, 'best-of', 1)],
    config: { kind: 'fixed', amount: 700, stacking: 'best-of', priority: 2 },
    after: ['d1'],
    amount: 700,
  },
  {
    name: 'best-of full tie keeps the incumbent',
    before: [existing('b1', 700, 'best-of', 1)],
    config: { kind: 'fixed', amount: 700, stacking: 'best-of', priority: 1 },
    after: ['b1'],
    note: /best-of/,
  },
  {
    name: 'best-of stacks on stackables, computed net of them',
    before: [existing('s1', 10000, 'stackable', 0, on('L1', 10000))],
    config: { percent: 10, stacking: 'best-of' },
    after: ['s1', 'd1'],
    amount: 1000,
  },
  {
    name: 'best-of vs an exclusive follows the exclusive rule',
    before: [existing('x1', 100, 'exclusive', 1)],
    config: { kind: 'fixed', amount: 9000, stacking: 'best-of' },
    after: ['x1'],
    note: /priority 1 > 0/,
  },
];

describe('discount stacking', () => {
  it.each(cases)('$name', ({ before, config, after, amount, note }) => {
    const outcome = outcomeWith(before);
    const result = runNode(discountNode, config, order, { outcome });
    const next = withPatch(outcome, result.patch);
    expect(next.adjustments.map((a) => a.nodeId)).toEqual(after);
    if (amount !== undefined) expect(result.patch?.adjustments?.[0]?.amount.amount).toBe(amount);
    else expect(result.patch).toBeUndefined();
    if (note) expect(result.note).toMatch(note);
  });

  it('names the replaced nodes in the patch and the note', () => {
    const outcome = outcomeWith([existing('s1', 500, 'stackable'), existing('b1', 300, 'best-of')]);
    const result = runNode(discountNode, { kind: 'fixed', amount: 1000, stacking: 'exclusive', priority: 1 }, order, {
      outcome,
    });
    expect(result.patch?.removeAdjustmentsFrom).toEqual(['s1', 'b1']);
    expect(result.note).toBe('¥10.00 off ¥200.00; replaces s1, b1');
  });

  it('removal is by node: a rival node loses all of its adjustments', () => {
    const both = [existing('m1', 100, 'best-of'), existing('m1', 50, 'stackable'), existing('s1', 10, 'stackable')];
    expect(rivalsOf('best-of', both).map((a) => a.stacking)).toEqual(['best-of', 'stackable']);
    expect(
      compete({ stacking: 'best-of', priority: 0, amount: 151 }, rivalsOf('best-of', both), 'CNY', DISCOUNT_WORDS.en),
    ).toEqual({ win: true, remove: ['m1'] });
  });

  it('is order-dependent in the documented way: removed discounts do not come back', () => {
    let outcome = outcomeWith();
    const steps = [
      { id: 'a', config: { kind: 'fixed', amount: 100 } },
      { id: 'b', config: { kind: 'fixed', amount: 500, stacking: 'exclusive', priority: 5 } },
      { id: 'c', config: { kind: 'fixed', amount: 300, priority: 9 } },
    ];
    for (const step of steps)
      outcome = withPatch(outcome, runNode(discountNode, step.config, order, { outcome, nodeId: step.id }).patch);
    expect(outcome.adjustments.map((a) => a.nodeId)).toEqual(['c']);
  });
});
