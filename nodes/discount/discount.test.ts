import { describe, expect, it } from 'vitest';
import type { Adjustment, Outcome, OrderInput } from '../../runtime/node/index';
import { discountNode } from './discount.node.ts';
import { existing, makeOrder, outcomeWith, runNode, testTools, type LineSpec } from '../testing/node-harness';

interface Case {
  readonly name: string;
  readonly config: Record<string, unknown>;
  readonly lines: readonly LineSpec[];
  readonly order?: Partial<OrderInput>;
  readonly currency?: string;
  readonly outcome?: Outcome;
  /** Expected allocations by line id (their sum is the amount); omit when the discount is skipped. */
  readonly allocations?: Record<string, number>;
  readonly note?: RegExp;
}

const shoes = { category: 'shoes' } as const;
const cases: Case[] = [
  // percent
  {
    name: '10% of three ¥0.33 lines rounds once and allocations sum exactly',
    config: { percent: 10 },
    lines: [{ price: 33 }, { price: 33 }, { price: 33 }],
    allocations: { L1: 4, L2: 3, L3: 3 },
  },
  { name: 'fractional percent 12.5%', config: { percent: 12.5 }, lines: [{ price: 1000 }], allocations: { L1: 125 } },
  {
    name: 'half rounds away from zero (5% of 10 = 0.5 → 1)',
    config: { percent: 5 },
    lines: [{ price: 10 }],
    allocations: { L1: 1 },
  },
  {
    name: '33.3333% of 300 = 99.99999 → 100',
    config: { percent: 33.3333 },
    lines: [{ price: 300 }],
    allocations: { L1: 100 },
  },
  {
    name: 'percent uses quantity',
    config: { percent: 50 },
    lines: [{ price: 999, qty: 3 }],
    allocations: { L1: 1499 },
  },
  {
    name: '100% never goes below zero',
    config: { percent: 100 },
    lines: [{ price: 500 }, { price: 1 }],
    allocations: { L1: 500, L2: 1 },
  },
  { name: '0% gives nothing', config: { percent: 0 }, lines: [{ price: 500 }], note: /comes to ¥0.00/ },
  {
    name: 'JPY (exponent 0): 10% of ¥1,999',
    currency: 'JPY',
    config: { percent: 10 },
    lines: [{ price: 999 }, { price: 1000 }],
    allocations: { L1: 100, L2: 100 },
  },
  // fixed
  {
    name: 'fixed ¥30 split by line amounts',
    config: { kind: 'fixed', amount: 3000 },
    lines: [{ price: 10000 }, { price: 20000 }],
    allocations: { L1: 1000, L2: 2000 },
  },
  {
    name: 'fixed larger than the order is capped at the order',
    config: { kind: 'fixed', amount: 99999 },
    lines: [{ price: 100 }, { price: 10000 }],
    allocations: { L1: 100, L2: 10000 },
  },
  {
    name: 'fixed on JPY is plain yen',
    currency: 'JPY',
    config: { kind: 'fixed', amount: 500 },
    lines: [{ price: 3000 }],
    allocations: { L1: 500 },
  },
  // tiered
  {
    name: 'tiered: highest tier reached applies',
    config: {
      kind: 'tiered',
      tiers: [
        { threshold: 50000, off: 6000 },
        { threshold: 30000, off: 3000 },
      ],
    },
    lines: [{ price: 45000 }],
    allocations: { L1: 3000 },
  },
  {
    name: 'tiered: top tier',
    config: {
      kind: 'tiered',
      tiers: [
        { threshold: 30000, off: 3000 },
        { threshold: 50000, off: 6000 },
      ],
    },
    lines: [{ price: 30000 }, { price: 30000 }],
    allocations: { L1: 3000, L2: 3000 },
  },
  {
    name: 'tiered: below the first threshold',
    config: { kind: 'tiered', tiers: [{ threshold: 30000, off: 3000 }] },
    lines: [{ price: 25000 }],
    note: /threshold ¥300.00 not reached \(¥250.00 in scope\)/,
  },
  {
    name: 'tiered repeat: 每满300减30 on ¥950',
    config: { kind: 'tiered', repeat: true, tiers: [{ threshold: 30000, off: 3000 }] },
    lines: [{ price: 95000 }],
    allocations: { L1: 9000 },
  },
  {
    name: 'tiered repeat with cap',
    config: { kind: 'tiered', repeat: true, tiers: [{ threshold: 30000, off: 3000 }], cap: 5000 },
    lines: [{ price: 95000 }],
    allocations: { L1: 5000 },
  },
  // buy X get Y
  {
    name: 'buy 2 get 1: the cheapest unit is free',
    config: { kind: 'buy-x-get-y' },
    lines: [{ price: 10000, qty: 2 }, { price: 5000 }],
    allocations: { L2: 5000 },
  },
  {
    name: 'buy 2 get 1 over 6 units: two cheapest free',
    config: { kind: 'buy-x-get-y', buy: 2, get: 1 },
    lines: [{ price: 10000, qty: 3 }, { price: 6000, qty: 2 }, { price: 5000 }],
    allocations: { L2: 6000, L3: 5000 },
  },
  {
    name: 'buy 1 get 1 on one line of 5 units',
    config: { kind: 'buy-x-get-y', buy: 1, get: 1 },
    lines: [{ price: 333, qty: 5 }],
    allocations: { L1: 666 },
  },
  {
    name: 'buy 2 get 1 with too few units',
    config: { kind: 'buy-x-get-y' },
    lines: [{ price: 10000, qty: 2 }],
    note: /needs 3 units in scope, found 2/,
  },
  {
    name: 'buy 2 get 1 within a category only',
    config: { kind: 'buy-x-get-y', scope: 'category', categories: ['shoes'] },
    lines: [
      { price: 100, qty: 5 },
      { price: 9000, qty: 3, ...shoes },
    ],
    allocations: { L2: 9000 },
  },
  // scope
  {
    name: 'category scope',
    config: { percent: 10, scope: 'category', categories: ['shoes'] },
    lines: [
      { price: 10000, ...shoes },
      { price: 5000, category: 'bags' },
    ],
    allocations: { L1: 1000 },
  },
  {
    name: 'sku scope',
    config: { kind: 'fixed', amount: 700, scope: 'sku', skus: ['A', 'C'] },
    lines: [
      { price: 1000, sku: 'A' },
      { price: 1000, sku: 'B' },
      { price: 400, sku: 'C' },
    ],
    allocations: { L1: 500, L3: 200 },
  },
  {
    name: 'no line in scope',
    config: { percent: 10, scope: 'category', categories: ['toys'] },
    lines: [{ price: 1000 }],
    note: /no line in the listed categories/,
  },
  {
    name: 'no sku in scope',
    config: { percent: 10, scope: 'sku', skus: ['X'] },
    lines: [{ price: 1000 }],
    note: /no line with the listed SKUs/,
  },
  // cap, minimum
  { name: 'cap', config: { percent: 10, cap: 20000 }, lines: [{ price: 300000 }], allocations: { L1: 20000 } },
  {
    name: 'minSubtotal not met',
    config: { percent: 10, minSubtotal: 10000 },
    lines: [{ price: 9000 }],
    note: /scoped amount ¥90.00 below minimum ¥100.00/,
  },
  {
    name: 'minSubtotal met',
    config: { percent: 10, minSubtotal: 10000 },
    lines: [{ price: 10000 }],
    allocations: { L1: 1000 },
  },
  {
    name: 'minSubtotal reads the scoped lines only',
    config: { percent: 10, minSubtotal: 10000, scope: 'category', categories: ['shoes'] },
    lines: [{ price: 9000, ...shoes }, { price: 90000 }],
    note: /below minimum/,
  },
  // coupon, condition, currency
  {
    name: 'coupon present (case-insensitive)',
    config: { percent: 10, coupon: 'SAVE10' },
    order: { coupons: [' save10 '] },
    lines: [{ price: 1000 }],
    allocations: { L1: 100 },
  },
  {
    name: 'coupon missing',
    config: { percent: 10, coupon: 'TRADEIN' },
    order: { coupons: ['SAVE10'] },
    lines: [{ price: 1000 }],
    note: /^coupon TRADEIN not on order$/,
  },
  {
    name: 'condition met',
    config: { percent: 10, when: { '==': [{ var: 'customer.tier' }, 'vip'] } },
    order: { customer: { id: 'c', tier: 'vip' } },
    lines: [{ price: 1000 }],
    allocations: { L1: 100 },
  },
  {
    name: 'condition not met',
    config: { percent: 10, when: { '==': [{ var: 'customer.tier' }, 'vip'] } },
    lines: [{ price: 1000 }],
    note: /^condition not met$/,
  },
  {
    name: 'condition reads totals',
    config: { kind: 'fixed', amount: 100, when: { '>=': [{ var: 'totals.subtotal.amount' }, 2000] } },
    lines: [{ price: 1999 }],
    note: /condition not met/,
  },
  {
    name: 'configured currency guards other currencies',
    config: { kind: 'fixed', amount: 500, currency: 'USD' },
    lines: [{ price: 1000 }],
    note: /configured for USD, order is in CNY/,
  },
  {
    name: 'configured currency matching applies',
    config: { kind: 'fixed', amount: 500, currency: 'CNY' },
    lines: [{ price: 1000 }],
    allocations: { L1: 500 },
  },
  // earlier discounts and zero protection
  {
    name: 'base is net of earlier allocations',
    config: { percent: 10 },
    outcome: outcomeWith([existing('e1', 5000, 'stackable')]),
    lines: [{ price: 10000 }, { price: 10000 }],
    allocations: { L1: 500, L2: 1000 },
  },
  {
    name: 'a fully discounted line gets nothing more',
    config: { kind: 'fixed', amount: 5000 },
    outcome: outcomeWith([existing('e1', 1000, 'stackable')]),
    lines: [{ price: 1000 }, { price: 3000 }],
    allocations: { L2: 3000 },
  },
  {
    name: 'nothing left in scope',
    config: { kind: 'fixed', amount: 5000, scope: 'sku', skus: ['SKU-1'] },
    outcome: outcomeWith([existing('e1', 1000, 'stackable')]),
    lines: [{ price: 1000 }, { price: 3000 }],
    note: /nothing left to discount/,
  },
  {
    name: 'runs once per node',
    config: { percent: 10 },
    outcome: outcomeWith([existing('d1', 100, 'stackable')]),
    lines: [{ price: 1000 }],
    note: /already applied/,
  },
];

describe('discount node', () => {
  it.each(cases)('$name', ({ config, lines, order: extra, currency, outcome, allocations, note }) => {
    const order = makeOrder(lines, extra, currency);
    const result = runNode(discountNode, config, order, { outcome });
    expect('port' in result && result.port).toBe('next');
    if (!allocations) {
      expect(result.patch).toBeUndefined();
      expect(result.note).toMatch(note!);
      return;
    }
    const adjustment = result.patch?.adjustments?.[0] as Adjustment;
    const total = Object.values(allocations).reduce((a, b) => a + b, 0);
    expect(adjustment.amount).toEqual({ amount: total, currency: currency ?? 'CNY' });
    expect(Object.fromEntries(adjustment.allocations.map((a) => [a.lineId, a.amount]))).toEqual(allocations);
    if (note) expect(result.note).toMatch(note);
  });

  it('fills the adjustment: reason, stacking, priority, coupon as configured', () => {
    const order = makeOrder([{ price: 1000 }], { coupons: ['save10'] });
    const result = runNode(
      discountNode,
      { percent: 10, coupon: 'SAVE10', reason: 'Double 11', stacking: 'best-of', priority: 3 },
      order,
      { nodeId: 'n9' },
    );
    expect(result.patch).toEqual({
      adjustments: [
        {
          nodeId: 'n9',
          reason: 'Double 11',
          amount: { amount: 100, currency: 'CNY' },
          allocations: [{ lineId: 'L1', amount: 100 }],
          stacking: 'best-of',
          priority: 3,
          coupon: 'SAVE10',
        },
      ],
    });
    expect(result.note).toBe('¥1.00 off ¥10.00');
  });

  it('an empty reason falls back to the English summary; no coupon key without a coupon', () => {
    const result = runNode(discountNode, { percent: 10, cap: 20000, currency: 'CNY' }, makeOrder([{ price: 1000 }]));
    const adjustment = result.patch?.adjustments?.[0];
    expect(adjustment?.reason).toBe('10% off, cap ¥200');
    expect(adjustment && 'coupon' in adjustment).toBe(false);
  });
});

describe('discount config', () => {
  const parse = (config: unknown) => discountNode.config.safeParse(config);
  it('{} parses to a harmless default', () => {
    expect(parse({}).data).toMatchObject({
      kind: 'percent',
      percent: 0,
      scope: 'order',
      stacking: 'stackable',
      priority: 0,
      when: null,
      coupon: '',
    });
  });
  it.each([
    ['tiered without tiers', { kind: 'tiered' }],
    [
      'repeat with two tiers',
      {
        kind: 'tiered',
        repeat: true,
        tiers: [
          { threshold: 100, off: 1 },
          { threshold: 200, off: 2 },
        ],
      },
    ],
    [
      'duplicate thresholds',
      {
        kind: 'tiered',
        tiers: [
          { threshold: 100, off: 1 },
          { threshold: 100, off: 2 },
        ],
      },
    ],
    ['category scope without categories', { scope: 'category' }],
    ['sku scope without skus', { scope: 'sku' }],
    ['percent over 100', { percent: 101 }],
    ['percent with 5 decimals', { percent: 12.00001 }],
    ['decimal money', { kind: 'fixed', amount: 12.5 }],
    ['negative money', { kind: 'fixed', amount: -1 }],
    ['unknown field', { percnt: 10 }],
    ['unknown currency', { currency: 'XXX' }],
  ])('rejects %s', (_name, config) => {
    expect(parse(config).success).toBe(false);
  });
  it('exposes the condition for validation', () => {
    const when = { '==': [{ var: 'customer.tier' }, 'vip'] };
    expect(discountNode.logic(discountNode.config.parse({ when }))).toEqual([{ path: ['when'], expression: when }]);
    expect(discountNode.logic(discountNode.config.parse({}))).toEqual([]);
  });
  it('prepare refuses an unsafe condition', () => {
    expect(() =>
      discountNode.prepare(discountNode.config.parse({ when: { method: ['x', 'constructor'] } }), testTools),
    ).toThrow();
  });
});
