import { describe, expect, it } from 'vitest';
import { runContextSchema, type RunContext } from '../../runtime/node/index';
import type { OrderInput, GiftLine, Outcome } from '../../runtime/node/index';
import { existing, makeOrder, outcomeWith, runNode, type LineSpec } from '../testing/node-harness';
import { giftNode } from './gift.node.ts';

const warehouse = (id: string, stock: Record<string, number>) => ({
  id,
  name: id,
  country: 'CN',
  handlingCost: { amount: 0, currency: 'CNY' },
  stock,
});

/** Two warehouses with 3 + 2 GIFT-BAG; customer cust-1's history and gift costs as given. */
function context(
  stock: [number, number] = [3, 2],
  received: Record<string, number> = {},
  giftCosts: Record<string, { amount: number; currency: string }> = {},
): RunContext {
  return runContextSchema.parse({
    now: '2026-11-11T00:05:00+08:00',
    warehouses: [warehouse('sh', { 'GIFT-BAG': stock[0] }), warehouse('bj', { 'GIFT-BAG': stock[1], OTHER: 99 })],
    customers: { 'cust-1': { giftsReceived: received } },
    giftCosts,
  });
}

interface Case {
  readonly name: string;
  readonly config: Record<string, unknown>;
  readonly lines?: readonly LineSpec[];
  readonly order?: Partial<OrderInput>;
  readonly currency?: string;
  readonly ctx?: RunContext;
  readonly outcome?: Outcome;
  readonly quantity?: number;
  readonly cost?: number;
  readonly note?: RegExp;
}

const bag = { sku: 'GIFT-BAG', name: 'Tote bag' };
const at300 = { ...bag, threshold: 30000 };
const cases: Case[] = [
  { name: 'no threshold: always one', config: bag, quantity: 1, note: /^gift 1 × Tote bag$/ },
  { name: 'threshold met', config: at300, lines: [{ price: 30000 }], quantity: 1 },
  {
    name: 'threshold not met',
    config: at300,
    lines: [{ price: 25000 }],
    note: /^spend ¥250.00 below threshold ¥300.00$/,
  },
  {
    name: 'spend is net of discounts so far',
    config: at300,
    lines: [{ price: 31000 }],
    outcome: outcomeWith([existing('d1', 2000, 'stackable')]),
    note: /spend ¥290.00 below/,
  },
  {
    name: 'shipping does not count',
    config: at300,
    lines: [{ price: 29000 }],
    order: { shippingFee: { amount: 2000, currency: 'CNY' } },
    note: /spend ¥290.00 below/,
  },
  {
    name: 'per step: 满300赠1 at ¥650 gives 2',
    config: { ...at300, perStep: true },
    lines: [{ price: 65000 }],
    quantity: 2,
  },
  {
    name: 'per step with quantity 2 at ¥600 gives 4',
    config: { ...at300, perStep: true, quantity: 2 },
    lines: [{ price: 60000 }],
    quantity: 4,
  },
  {
    name: 'per step capped by maxQuantity',
    config: { ...at300, perStep: true, maxQuantity: 2 },
    lines: [{ price: 99000 }],
    quantity: 2,
    note: /capped at 2/,
  },
  { name: 'per step without threshold is one step', config: { ...bag, perStep: true, quantity: 2 }, quantity: 2 },
  {
    name: 'JPY threshold in yen',
    currency: 'JPY',
    config: { ...bag, threshold: 3000 },
    lines: [{ price: 3000 }],
    ctx: context([1, 0]),
    quantity: 1,
  },
  // stock
  { name: 'stock summed over warehouses', config: { ...bag, quantity: 5 }, quantity: 5 },
  { name: 'out of stock', config: bag, ctx: context([0, 0]), note: /^out of stock: GIFT-BAG has 0$/ },
  {
    name: 'stock reduces to whole steps',
    config: { ...at300, perStep: true, quantity: 2 },
    lines: [{ price: 90000 }],
    quantity: 4,
    note: /reduced to 4: GIFT-BAG has 5/,
  },
  {
    name: 'stock too low for one step',
    config: { ...bag, quantity: 2 },
    ctx: context([1, 0]),
    note: /out of stock: GIFT-BAG has 1/,
  },
  {
    name: 'order lines of the SKU take stock first',
    config: bag,
    lines: [{ price: 100, sku: 'GIFT-BAG', qty: 5 }],
    note: /GIFT-BAG has 0 free \(5 in stock, 5 taken by this order\)/,
  },
  {
    name: 'earlier gifts of the SKU take stock (fits)',
    config: { ...bag, quantity: 2 },
    outcome: outcomeWith([], { gifts: [{ nodeId: 'g0', sku: 'GIFT-BAG', name: 'x', quantity: 3, reason: '' }] }),
    quantity: 2,
  },
  {
    name: 'earlier gifts of the SKU take stock (short)',
    config: { ...bag, quantity: 2 },
    outcome: outcomeWith([], { gifts: [{ nodeId: 'g0', sku: 'GIFT-BAG', name: 'x', quantity: 4, reason: '' }] }),
    note: /GIFT-BAG has 1 free \(5 in stock, 4 taken by this order\)/,
  },
  {
    name: 'requireStock false ignores stock',
    config: { ...bag, requireStock: false },
    ctx: context([0, 0]),
    quantity: 1,
  },
  { name: 'an unknown SKU has no stock', config: { sku: 'GIFT-PEN' }, note: /out of stock: GIFT-PEN has 0/ },
  { name: 'prototype keys are not stock', config: { sku: 'constructor' }, note: /out of stock: constructor has 0/ },
  // customer limit
  {
    name: 'customer limit reached',
    config: { ...bag, perCustomerLimit: 1 },
    ctx: context([3, 2], { 'GIFT-BAG': 1 }),
    note: /^customer limit 1 reached$/,
  },
  {
    name: 'customer limit reduces the quantity',
    config: { ...bag, quantity: 5, perCustomerLimit: 3 },
    ctx: context([3, 2], { 'GIFT-BAG': 1 }),
    quantity: 2,
    note: /reduced to 2 by the customer limit 3/,
  },
  {
    name: 'customer limit counts earlier gifts in this order',
    config: { ...bag, perCustomerLimit: 1 },
    outcome: outcomeWith([], { gifts: [{ nodeId: 'g0', sku: 'GIFT-BAG', name: 'x', quantity: 1, reason: '' }] }),
    note: /customer limit 1 reached/,
  },
  {
    name: 'unknown customer has received nothing',
    config: { ...bag, perCustomerLimit: 1 },
    order: { customer: { id: 'toString' } },
    quantity: 1,
  },
  {
    name: 'other SKUs do not count toward the limit',
    config: { ...bag, perCustomerLimit: 1 },
    ctx: context([3, 2], { OTHER: 4 }),
    quantity: 1,
  },
  // cost
  {
    name: 'cost from the gift cost table',
    config: { ...bag, quantity: 2 },
    ctx: context([3, 2], {}, { 'GIFT-BAG': { amount: 1500, currency: 'CNY' } }),
    quantity: 2,
    cost: 3000,
  },
  {
    name: 'cost in another currency is omitted',
    config: bag,
    ctx: context([3, 2], {}, { 'GIFT-BAG': { amount: 200, currency: 'USD' } }),
    quantity: 1,
  },
  // condition, currency, idempotence
  {
    name: 'condition met',
    config: { ...bag, when: { '==': [{ var: 'customer.tier' }, 'vip'] } },
    order: { customer: { id: 'cust-1', tier: 'vip' } },
    quantity: 1,
  },
  {
    name: 'condition not met',
    config: { ...bag, when: { '==': [{ var: 'customer.tier' }, 'vip'] } },
    note: /^condition not met$/,
  },
  {
    name: 'configured currency guards',
    config: { ...bag, currency: 'USD' },
    note: /configured for USD, order is in CNY/,
  },
  {
    name: 'runs once per node',
    config: bag,
    outcome: outcomeWith([], { gifts: [{ nodeId: 'g1', sku: 'GIFT-BAG', name: 'x', quantity: 1, reason: '' }] }),
    note: /already granted/,
  },
];

describe('gift node', () => {
  it.each(cases)('$name', ({ config, lines, order: extra, currency, ctx, outcome, quantity, cost, note }) => {
    const order = makeOrder(lines ?? [{ price: 10000 }], extra, currency);
    const result = runNode(giftNode, config, order, { outcome, ctx: ctx ?? context(), nodeId: 'g1' });
    expect('port' in result && result.port).toBe('next');
    if (note) expect(result.note).toMatch(note);
    if (quantity === undefined) return expect(result.patch).toBeUndefined();
    const gift = result.patch?.gifts?.[0] as GiftLine;
    expect(result.patch?.gifts).toHaveLength(1);
    expect(gift.quantity).toBe(quantity);
    if (cost === undefined) expect('cost' in gift).toBe(false);
    else expect(gift.cost).toEqual({ amount: cost, currency: currency ?? 'CNY' });
  });

  it('builds the gift line', () => {
    const result = runNode(giftNode, { ...at300, reason: 'Double 11 gift' }, makeOrder([{ price: 30000 }]), {
      ctx: context(),
      nodeId: 'g7',
    });
    expect(result.patch).toEqual({
      gifts: [{ nodeId: 'g7', sku: 'GIFT-BAG', name: 'Tote bag', quantity: 1, reason: 'Double 11 gift' }],
    });
    const unnamed = runNode(giftNode, { sku: 'GIFT-BAG' }, makeOrder([{ price: 100 }]), { ctx: context() });
    expect(unnamed.patch?.gifts?.[0]).toMatchObject({ name: 'GIFT-BAG', reason: 'Gift 1 × GIFT-BAG' });
  });
});

describe('gift config and summary', () => {
  it('{ sku } parses; sku is required', () => {
    expect(giftNode.config.parse({ sku: 'GIFT-BAG' })).toMatchObject({
      quantity: 1,
      threshold: 0,
      perStep: false,
      requireStock: true,
      when: null,
    });
    expect(giftNode.config.safeParse({}).success).toBe(false);
    expect(giftNode.config.safeParse({ sku: 'A', threshold: 1.5 }).success).toBe(false);
  });
  it('exposes the condition for validation', () => {
    const when = { '>': [{ var: 'totals.total.amount' }, 0] };
    expect(giftNode.logic(giftNode.config.parse({ sku: 'A', when }))).toEqual([{ path: ['when'], expression: when }]);
  });
  it.each([
    [{ ...at300, currency: 'CNY' }, 'Gift 1 × Tote bag over ¥300 after discounts', '实付满¥300赠Tote bag×1'],
    [
      { ...at300, perStep: true, maxQuantity: 3, perCustomerLimit: 1, currency: 'CNY' },
      'Gift 1 × Tote bag per ¥300 after discounts, max 3, limit 1 per customer',
      '实付每满¥300赠Tote bag×1，最多3件，每人限1件',
    ],
    [{ sku: 'PEN', quantity: 2, requireStock: false }, 'Gift 2 × PEN, no stock check', '赠PEN×2，不校验库存'],
  ])('%j', (raw, en, zh) => {
    const config = giftNode.config.parse(raw);
    expect(giftNode.summary(config, 'en')).toBe(en);
    expect(giftNode.summary(config, 'zh')).toBe(zh);
  });
});
