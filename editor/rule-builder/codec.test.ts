import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import { compileLogic } from '../../runtime/node/index';
import { toLogic } from './to-logic';
import { toRules } from './to-rules';

const tier = { var: 'customer.tier' };
const SHAPES_MONEY = { '>=': [{ var: 'totals.subtotal.amount' }, 50000] };
const lines = { var: 'lines' };
const count = (where: unknown) => ({ reduce: [{ filter: [lines, where] }, { '+': [{ var: 'accumulator' }, 1] }, 0] });
const sumQty = (where: unknown) => ({
  reduce: [{ filter: [lines, where] }, { '+': [{ var: 'accumulator' }, { var: ['current.quantity', 0] }] }, 0],
});
/** How builders before the 0 default printed "total weight": a line without a weight failed the run. */
const legacyWeight = {
  '<': [
    { reduce: [{ filter: [lines, true] }, { '+': [{ var: 'accumulator' }, { var: 'current.weightGrams' }] }, 0] },
    20000,
  ],
};

/** A money test that only holds in `currency`: what the builder writes for "subtotal ≥ 500 CNY". */
const pinned = (money: string, currency: string, test: unknown) => ({
  and: [{ '==': [{ var: `${money}.currency` }, currency] }, test],
});

/** Every shape the builder prints; each must read back to a tree that prints the identical JSON. */
const SHAPES: Record<string, unknown> = {
  'always (empty group)': true,
  'string =': { '==': [tier, 'vip'] },
  'string ≠': { '!=': [{ var: 'channel' }, 'douyin'] },
  'string in': { in: [tier, ['gold', 'vip']] },
  'string not in': { '!': { in: [{ var: 'shippingAddress.province' }, ['西藏', '新疆']] } },
  'string contains (order field)': { in: ['Rd', { var: 'shippingAddress.city' }] },
  'number >=': { '>=': [{ var: 'customer.orderCount' }, 3] },
  'number decimal <': { '<': [{ var: 'customer.returnRate' }, 0.25] },
  'number between': { '<=': [0, { var: 'totals.itemCount' }, 10] },
  'money >=': { '>=': [{ var: 'totals.subtotal.amount' }, 50000] },
  'money between': { '<=': [10000, { var: 'payment.amount.amount' }, 99999] },
  'money =': { '==': [{ var: 'shippingFee.amount' }, 0] },
  'money >= in CNY': pinned('totals.subtotal', 'CNY', { '>=': [{ var: 'totals.subtotal.amount' }, 50000] }),
  'money between in USD': pinned('payment.amount', 'USD', { '<=': [100, { var: 'payment.amount.amount' }, 999] }),
  'money in JPY inside an and': {
    and: [{ '==': [tier, 'vip'] }, pinned('totals.total', 'JPY', { '<': [{ var: 'totals.total.amount' }, 500] })],
  },
  'line price in CNY': {
    some: [lines, pinned('unitPrice', 'CNY', { '>': [{ var: 'unitPrice.amount' }, 9900] })],
  },
  'boolean true': { '==': [{ var: 'shippingAddress.remote' }, true] },
  'boolean false': { '==': [{ var: 'partiallyRefunded' }, false] },
  'strings contains': { in: ['DOUBLE11', { var: 'coupons' }] },
  'strings not contains': { '!': { in: ['blacklist', { var: 'customer.tags' }] } },
  'datetime before': { '<': [{ var: 'createdAt' }, '2026-11-11T00:00:00+08:00'] },
  'datetime after': { '>': [{ var: 'now' }, '2026-11-12T00:00:00+08:00'] },
  'and / or nested': {
    and: [
      { '==': [tier, 'vip'] },
      { or: [{ in: ['VIP', { var: 'customer.tags' }] }, { '>': [{ var: 'customer.orderCount' }, 10] }] },
    ],
  },
  'single-child group': { or: [{ '==': [tier, 'vip'] }] },
  'group with an empty group': { and: [true, { '==': [tier, 'vip'] }] },
  'any line where (rule)': { some: [lines, { '==': [{ var: 'category' }, 'fresh'] }] },
  'any line where (group)': {
    some: [lines, { and: [{ '>=': [{ var: 'quantity' }, 2] }, { '>': [{ var: 'unitPrice.amount' }, 9900] }] }],
  },
  'any line at all': { some: [lines, true] },
  'any line whose name contains': { some: [lines, { in: ['礼盒', { var: 'name' }] }] },
  'count of lines where >=': { '>=': [count({ '==': [{ var: 'category' }, 'fresh'] }), 2] },
  'count of all lines between': { '<=': [1, count(true), 3] },
  'sum of quantity where >': { '>': [sumQty({ in: [{ var: 'sku' }, ['A-1', 'A-2']] }), 5] },
  'lookup table read with a key from the order (number)': {
    '>=': [{ var: { cat: ['tables.regionReturnRate.', { var: 'shippingAddress.province' }] } }, 0.1],
  },
  'lookup table (string) is one of': {
    in: [{ var: { cat: ['tables.skuCategory.', { var: 'channel' }] } }, ['fresh', 'frozen']],
  },
  'sum of weight': {
    '<': [
      {
        reduce: [{ filter: [lines, true] }, { '+': [{ var: 'accumulator' }, { var: ['current.weightGrams', 0] }] }, 0],
      },
      20000,
    ],
  },
};

describe('toRules / toLogic', () => {
  it('reads a pinned money test as one rule that knows its currency', () => {
    expect(toRules(SHAPES['money >= in CNY'])).toEqual({
      kind: 'rule',
      field: 'totals.subtotal.amount',
      currency: 'CNY',
      op: '>=',
      value: 50000,
    });
    expect(toRules(SHAPES['money >='])).not.toHaveProperty('currency');
  });

  it('reads a context lookup as one field, `tables.<name>[<key field>]`', () => {
    expect(toRules(SHAPES['lookup table read with a key from the order (number)'])).toEqual({
      kind: 'rule',
      field: 'tables.regionReturnRate[shippingAddress.province]',
      op: '>=',
      value: 0.1,
    });
    // Any other computed path stays raw JSON.
    expect(toRules({ '>=': [{ var: { cat: ['customer.', { var: 'channel' }] } }, 1] })).toBeNull();
    expect(toRules({ '>=': [{ var: 'tables.regionReturnRate.Zhejiang' }, 1] })).toBeNull();
  });

  it('reads a line sum written without the 0 default and prints it back with the default', () => {
    const tree = toRules(legacyWeight);
    expect(tree).toMatchObject({ kind: 'array', measure: 'sum', sumField: 'weightGrams', op: '<', value: 20000 });
    expect(toLogic(tree!)).toEqual(SHAPES['sum of weight']);
  });

  it.each(Object.entries(SHAPES))('%s: parse → print gives the identical JSON', (_name, logic) => {
    const tree = toRules(JSON.parse(JSON.stringify(logic)));
    expect(tree).not.toBeNull();
    expect(JSON.stringify(toLogic(tree!))).toBe(JSON.stringify(logic));
  });

  const NOT_REPRESENTABLE: Record<string, unknown> = {
    'unknown operator': { xor: [1, 2] },
    'unknown field': { '==': [{ var: 'customer.shoeSize' }, 42] },
    'var with default': { '==': [{ var: ['customer.tier', 'regular'] }, 'vip'] },
    'array index path': { in: ['礼盒', { var: 'lines.0.name' }] },
    'value on the left': { '==': ['vip', tier] },
    'string compared with a number': { '==': [tier, 1] },
    'money with a fraction': { '>=': [{ var: 'totals.subtotal.amount' }, 10.5] },
    'boolean !=': { '!=': [{ var: 'shippingAddress.remote' }, true] },
    'datetime >=': { '>=': [{ var: 'createdAt' }, '2026-01-01T00:00:00Z'] },
    'empty and': { and: [] },
    'negated equality': { '!': { '==': [tier, 'vip'] } },
    'negation in array form': { '!': [{ in: [tier, ['vip']] }] },
    'not contains on a string field': { '!': { in: ['x', { var: 'channel' }] } },
    false: false,
    'extra key': { '==': [tier, 'vip'], note: 'x' },
    'some over a non-array': { some: [tier, true] },
    'line field outside a line': { '==': [{ var: 'sku' }, 'A'] },
    'order field inside a line': { some: [lines, { '==': [tier, 'vip'] }] },
    'nested some': { some: [lines, { some: [lines, true] }] },
    'reduce of something else': {
      '>': [{ reduce: [{ filter: [lines, true] }, { '*': [{ var: 'accumulator' }, 2] }, 0] }, 1],
    },
    'sum of a money field': {
      '>': [
        {
          reduce: [
            { filter: [lines, true] },
            { '+': [{ var: 'accumulator' }, { var: 'current.unitPrice.amount' }] },
            0,
          ],
        },
        1,
      ],
    },
    'attributes (free-form record)': { '==': [{ var: 'attributes.vip' }, 'yes'] },
    'currency test alone': { '==': [{ var: 'totals.subtotal.currency' }, 'CNY'] },
    "another money's currency": pinned('totals.total', 'CNY', { '>=': [{ var: 'totals.subtotal.amount' }, 1] }),
    'unknown currency code': pinned('totals.subtotal', 'XXX', { '>=': [{ var: 'totals.subtotal.amount' }, 1] }),
    'currency pin second': {
      and: [{ '>=': [{ var: 'totals.subtotal.amount' }, 1] }, { '==': [{ var: 'totals.subtotal.currency' }, 'CNY'] }],
    },
    'pin around a non-money test': pinned('totals.subtotal', 'CNY', { '==': [tier, 'vip'] }),
    'pin twice': pinned('totals.subtotal', 'CNY', pinned('totals.subtotal', 'USD', SHAPES_MONEY)),
    '__proto__ as operator': JSON.parse('{"__proto__": [1, 2]}'),
  };
  it.each(Object.entries(NOT_REPRESENTABLE))('%s → null (raw mode)', (_name, logic) => {
    expect(toRules(logic)).toBeNull();
  });
});

describe('what the printed logic means (checked with json-logic-js)', () => {
  const order = {
    customer: { tier: 'vip', tags: ['VIP'], orderCount: 4 },
    coupons: ['DOUBLE11'],
    createdAt: '2026-11-10T20:00:00+08:00',
    shippingAddress: { province: '浙江', city: 'Hangzhou', remote: false },
    totals: { subtotal: { amount: 60000, currency: 'CNY' } },
    lines: [
      { sku: 'A-1', category: 'fresh', quantity: 2, unitPrice: { amount: 10000 } },
      { sku: 'B-1', category: 'toys', quantity: 5, unitPrice: { amount: 500 } },
    ],
  };
  const CASES: [string, unknown, boolean][] = [
    ['tier in', SHAPES['string in'], true],
    ['province not in', SHAPES['string not in'], true],
    ['city contains', SHAPES['string contains (order field)'], false],
    ['coupon contains', SHAPES['strings contains'], true],
    ['tags not contain', SHAPES['strings not contains'], true],
    ['money ≥ ¥500', SHAPES['money >='], true],
    ['money ≥ 500 in CNY, order in CNY', SHAPES['money >= in CNY'], true],
    ['money ≥ 500 in CNY, order in USD', SHAPES['money >= in CNY'], false],
    ['before Double 11', SHAPES['datetime before'], true],
    ['remote is false', { '==': [{ var: 'shippingAddress.remote' }, false] }, true],
    ['any fresh line', { some: [lines, { '==': [{ var: 'category' }, 'fresh'] }] }, true],
    ['count of fresh lines ≥ 2', SHAPES['count of lines where >='], false],
    ['line count between 1 and 3', SHAPES['count of all lines between'], true],
    ['quantity of A-1/A-2 > 5', SHAPES['sum of quantity where >'], false],
    ['quantity of all lines = 7', { '==': [sumQty(true), 7] }, true],
    ['always', true, true],
  ];
  it.each(CASES)('%s', (name, logic, expected) => {
    const data = name.endsWith('order in USD')
      ? { ...order, totals: { subtotal: { amount: 60000, currency: 'USD' } } }
      : order;
    expect(jsonLogic.truthy(jsonLogic.apply(logic as jsonLogic.RulesLogic, data))).toBe(expected);
  });
});

describe('a total over lines where some lack the field', () => {
  it('counts a missing weight as 0 in the runtime instead of failing the run', () => {
    const totalWeightBelow = (grams: number) =>
      toLogic({
        kind: 'array',
        field: 'lines',
        where: { kind: 'group', op: 'and', children: [] },
        measure: 'sum',
        sumField: 'weightGrams',
        op: '<',
        value: grams,
      });
    const facts = { lines: [{ sku: 'A', weightGrams: 1500 }, { sku: 'B' }, { sku: 'C', weightGrams: 700 }] };
    expect(compileLogic(totalWeightBelow(2201))(facts)).toBe(true);
    expect(compileLogic(totalWeightBelow(2200))(facts)).toBe(false);
  });
});
