import { describe, expect, it } from 'vitest';
import { compileLogic, truthy } from './logic';
import { thrownWords } from './worded.test-support';
import { deepFreeze, reference, sameResult } from './reference.test-support';
import jsonLogic from 'json-logic-js';

/** Facts-like data: the shape conditions usually read, plus awkward values. */
const DATA = deepFreeze({
  id: 'o-1',
  channel: 'tmall',
  customer: {
    id: 'c-1',
    tier: 'vip',
    tags: ['new', 'b2b'],
    orderCount: 3,
    returnRate: 0.25,
    lifetimeSpend: { amount: 120000, currency: 'CNY' },
  },
  totals: { subtotal: { amount: 60000, currency: 'CNY' }, discount: { amount: 0, currency: 'CNY' }, itemCount: 3 },
  lines: [
    { id: 'l1', sku: 'A-1', category: 'shoes', quantity: 2, unitPrice: { amount: 20000, currency: 'CNY' } },
    { id: 'l2', sku: 'B-2', category: 'bags', quantity: 1, unitPrice: { amount: 20000, currency: 'CNY' } },
  ],
  coupons: [],
  tags: ['vip'],
  attributes: { gift: true, note: '', zero: 0, nil: null, text: 'hello world' },
  numbers: [3, 1, 4, 1, 5],
  nested: [[1, 2], [3], []],
  num: 10,
  str: '10',
  neg: -0,
  big: 1e308,
  empty: '',
  zeroText: '0',
});

type Case = readonly [expression: unknown, data?: unknown];

/** Each case must give exactly json-logic-js's result (and json-logic-js must not throw). */
function sameAsJsonLogic(cases: readonly Case[]): void {
  it.each(
    cases.map(
      ([expression, data]) => [JSON.stringify(expression), expression, data === undefined ? DATA : data] as const,
    ),
  )('%s', (_name, expression, data) => {
    const expected = reference(expression, data);
    expect(expected.threw).toBe(false);
    if (!expected.threw && typeof expected.value === 'number' && !Number.isFinite(expected.value)) {
      // Where json-logic-js answers NaN or ±Infinity we refuse on purpose: a branch must not hang on it.
      expect(thrownWords(() => compileLogic(expression)(data))).toMatch(
        /^arithmetic gave (NaN|Infinity|-Infinity) in \{/,
      );
      return;
    }
    const actual = compileLogic(expression)(data);
    if (!expected.threw && !sameResult(actual, expected.value)) expect(actual).toStrictEqual(expected.value);
  });
}

describe('comparisons (loose == and coercing < as json-logic-js)', () => {
  sameAsJsonLogic([
    [{ '==': [{ var: 'customer.tier' }, 'vip'] }],
    [{ '==': [1, '1'] }],
    [{ '==': [0, false] }],
    [{ '==': [null, false] }],
    [{ '==': [null, { var: 'nothing' }] }],
    [{ '==': [[], false] }],
    [{ '==': [['a'], 'a'] }],
    [{ '==': [{ var: 'tags' }, 'vip'] }],
    [{ '==': [[1], [1]] }],
    [{ '==': [{ var: 'tags' }, { var: 'tags' }] }],
    [{ '===': [1, '1'] }],
    [{ '===': [{ var: 'num' }, 10] }],
    [{ '!=': [{ var: 'str' }, 10] }],
    [{ '!==': [{ var: 'str' }, 10] }],
    [{ '!=': ['a', 'b'] }],
    [{ '>': [{ var: 'totals.subtotal.amount' }, 50000] }],
    [{ '>=': [{ var: 'totals.subtotal.amount' }, 60000] }],
    [{ '<': ['10', '9'] }],
    [{ '<': ['10', 9] }],
    [{ '<': [null, 1] }],
    [{ '>=': [null, 0] }],
    [{ '<': ['a', 'b'] }],
    [{ '<': [1, { var: 'num' }, 11] }],
    [{ '<': [1, { var: 'num' }, 10] }],
    [{ '<=': [1, { var: 'num' }, 10] }],
    [{ '<=': [{ var: 'num' }, 10, { var: 'num' }] }],
    [{ '<': [1, 2, { and: [] }] }],
    [{ '<': [5, 2, 3, 4] }],
    [{ '==': [1] }],
    [{ '==': [] }],
    [{ '<': [{ var: 'customer' }, 1] }],
    [{ '==': [{ var: 'customer' }, '[object Object]'] }],
    [{ '>': [{ var: 'big' }, 1e307] }],
    [{ '==': [{ var: 'neg' }, 0] }],
  ]);
});

describe('logic: and, or, !, !!, if, ?:', () => {
  sameAsJsonLogic([
    [{ and: [true, 'a', 3] }],
    [{ and: [true, '', 3] }],
    [{ and: [{ var: 'attributes.gift' }, { var: 'customer.tier' }] }],
    [{ and: [] }],
    [{ and: [0] }],
    [{ and: [[]] }],
    [{ or: [false, 0, 'x'] }],
    [{ or: [false, 0, ''] }],
    [{ or: [{ var: 'nothing' }, { var: 'coupons' }] }],
    [{ or: [] }],
    [{ or: [{ var: 'attributes.zero' }, [1]] }],
    [{ '!': true }],
    [{ '!': [[]] }],
    [{ '!': [] }],
    [{ '!': ['0'] }],
    [{ '!': { var: 'coupons' } }],
    [{ '!!': [[0]] }],
    [{ '!!': ['0'] }],
    [{ '!!': [{ var: 'empty' }] }],
    [{ '!!': [{ var: 'zeroText' }] }],
    [{ if: [] }],
    [{ if: [true] }],
    [{ if: [{ var: 'num' }, 'yes'] }],
    [{ if: [false, 'yes'] }],
    [{ if: [{ '>': [{ var: 'num' }, 5] }, 'big', 'small'] }],
    [{ if: [false, 1, false, 2, 'else'] }],
    [{ if: [false, 1, true, 2, 'else'] }],
    [{ if: [false, 1, { var: 'customer.tier' }, 2, 'else'] }],
    [{ if: [false, 1, false, 2] }],
    [{ if: [[], 'a', [0], 'b'] }],
    [{ if: { var: 'num' } }],
    [{ '?:': [{ var: 'attributes.gift' }, 'gift', 'plain'] }],
    [{ '?:': [0, 'a', 1, 'b', 'c'] }],
  ]);
  it('truthy matches json-logic-js', () => {
    for (const value of [0, -0, 1, '', '0', 'a', null, undefined, [], [0], {}, NaN, true, false])
      expect(truthy(value)).toBe(jsonLogic.truthy(value));
  });
});

describe('var paths computed while running are refused (json-logic-js reads them)', () => {
  it.each([
    [{ var: { cat: ['customer', '.', 'tier'] } }],
    [{ var: { var: 'str' } }],
    [{ var: [{ var: 'k' }, 'd'] }],
    [{ var: [[]] }],
  ])('%j', (expression) => {
    expect(thrownWords(() => compileLogic(expression))).toMatch(/a var path must be written out/);
  });
});

describe('arithmetic: + - * / % min max', () => {
  sameAsJsonLogic([
    [{ '+': [1, 2] }],
    [{ '+': ['1', '2.5'] }],
    [{ '+': ['3 apples', 1] }],
    [{ '+': [] }],
    [{ '+': '3.14' }],
    [{ '+': ['-0'] }],
    [{ '+': [{ var: 'neg' }] }],
    [{ '+': [1, 2, 3, 4] }],
    [{ '+': [{ var: 'nothing' }, 1] }],
    [{ '+': [true, 1] }],
    [{ '+': [[2], 1] }],
    [{ '+': [{ var: 'big' }, { var: 'big' }] }],
    [{ '*': ['3'] }],
    [{ '*': [2, '3'] }],
    [{ '*': [-1, 0] }],
    [{ '*': [-1, 0, 5] }],
    [{ '*': [2, 3, 4] }],
    [{ '*': [{ var: 'big' }, 10] }],
    [{ '-': [5, 3] }],
    [{ '-': [5] }],
    [{ '-': '5' }],
    [{ '-': [] }],
    [{ '-': [0] }],
    [{ '-': [5, { and: [] }] }],
    [{ '-': ['5', '2'] }],
    [{ '/': [1, 4] }],
    [{ '/': [1, 0] }],
    [{ '/': [0, 0] }],
    [{ '/': ['9', '3'] }],
    [{ '%': [7, 3] }],
    [{ '%': [-7, 3] }],
    [{ '%': [7, 0] }],
    [{ max: [1, 5, 3] }],
    [{ max: [] }],
    [{ min: [] }],
    [{ min: [1, '0.5', null] }],
    [{ max: [{ var: 'num' }, { var: 'str' }] }],
    [{ min: [1, 'x'] }],
    [{ max: [[2], 1] }],
    [
      {
        '+': [
          { '*': [{ var: 'lines.0.quantity' }, { var: 'lines.0.unitPrice.amount' }] },
          { var: 'totals.subtotal.amount' },
        ],
      },
    ],
  ]);
});

describe('text and lists: cat, substr, in, merge', () => {
  sameAsJsonLogic([
    [{ cat: ['I love', ' pie'] }],
    [{ cat: ['a', null, 1, true, [1, [2, null]], { var: 'nothing' }] }],
    [{ cat: [] }],
    [{ cat: 'x' }],
    [{ cat: [{ var: 'customer' }] }],
    [{ cat: [1e21, 0.1, -0] }],
    [{ substr: ['jsonlogic', 4] }],
    [{ substr: ['jsonlogic', -5] }],
    [{ substr: ['jsonlogic', 1, 3] }],
    [{ substr: ['jsonlogic', 4, -2] }],
    [{ substr: ['jsonlogic', -5, -2] }],
    [{ substr: ['jsonlogic', 0, '-1'] }],
    [{ substr: ['jsonlogic', 1, null] }],
    [{ substr: [12345, 1, 2] }],
    [{ substr: [null, 0] }],
    [{ substr: ['abc', 1e308] }],
    [{ substr: ['abc'] }],
    [{ in: ['Spring', 'Springfield'] }],
    [{ in: ['x', 'Springfield'] }],
    [{ in: ['', ''] }],
    [{ in: ['', 'abc'] }],
    [{ in: [1, '123'] }],
    [{ in: [null, 'xnullx'] }],
    [{ in: ['vip', { var: 'tags' }] }],
    [{ in: ['VIP', { var: 'tags' }] }],
    [{ in: [{ var: 'customer.tier' }, ['vip', 'gold']] }],
    [{ in: [{ var: 'num' }, [10, 20]] }],
    [{ in: [{ var: 'str' }, [10, 20]] }],
    [{ in: [{ var: 'nothing' }, [null, 1]] }],
    [{ in: [{ var: 'nothing' }, [1]] }],
    [{ in: [1, [1, { var: 'num' }]] }],
    [{ in: [10, [1, { var: 'num' }]] }],
    [{ in: ['a', null] }],
    [{ in: ['a', 5] }],
    [{ in: ['a', { var: 'customer' }] }],
    [{ in: ['a', { var: 'empty' }] }],
    [{ in: ['hello', { var: 'attributes.text' }] }],
    [{ in: [[1], [[1]]] }],
    [{ in: ['a'] }],
    [{ merge: [] }],
    [{ merge: [1, 2] }],
    [{ merge: [[1, 2], [3, [4]], 5] }],
    [{ merge: [{ var: 'tags' }, { var: 'customer.tags' }, null] }],
    [{ merge: { var: 'numbers' } }],
    [{ in: ['b2b', { merge: [{ var: 'tags' }, { var: 'customer.tags' }] }] }],
  ]);
});

describe('reading data: var, missing, missing_some', () => {
  sameAsJsonLogic([
    [{ var: 'customer.tier' }],
    [{ var: ['customer.tier'] }],
    [{ var: 'customer.nothing' }],
    [{ var: 'nothing.deeper' }],
    [{ var: ['nothing', 'fallback'] }],
    [{ var: ['customer.tier', 'fallback'] }],
    [{ var: ['attributes.nil', 'fallback'] }],
    [{ var: ['attributes.nil.x', 'fallback'] }],
    [{ var: ['attributes.zero', 5] }],
    [{ var: ['nothing', 0] }],
    [{ var: ['nothing', { var: 'customer.tier' }] }],
    [{ var: ['nothing', [1, 2]] }],
    [{ var: 'lines.1.sku' }],
    [{ var: 'lines.2.sku' }],
    [{ var: 'lines.length' }],
    [{ var: 'customer.tier.length' }],
    [{ var: 'customer.tier.0' }],
    [{ var: 'customer.tier.9' }],
    [{ var: 'numbers.-1' }],
    [{ var: 'nested.0.1' }],
    [{ var: 1 }, ['a', 'b']],
    [{ var: 1.5 }, [[0], [1, 2, 3, 4, 5, 6]]],
    [{ var: '' }],
    [{ var: null }],
    [{ var: [] }],
    [{ var: '' }, 'plain'],
    [{ var: 'length' }, 'text'],
    [{ var: 'a' }, null],
    [{ var: 'a' }, 5],
    [{ var: ['a', 'd'] }, null],
    [{ var: '' }, null],
    [{ var: 'a.b' }, { 'a.b': 1, a: { b: 2 } }],
    [{ missing: ['id', 'customer.tier', 'nothing', 'attributes.note', 'attributes.nil', 'attributes.zero'] }],
    [{ missing: [['nothing', 'id']] }],
    [{ missing: 'nothing' }],
    [{ missing: [] }],
    [{ missing: [''] }],
    [{ missing: [''] }, ''],
    [{ missing: { merge: ['id', { if: [true, ['nothing'], []] }] } }],
    [{ missing: [{ var: 'tags' }] }, { tags: ['a', 'b'], a: 1 }],
    [{ missing: { var: 'keys' } }, { keys: [['x', 'default'], ['y'], []], y: 1 }],
    [{ missing_some: [1, ['id', 'nothing']] }],
    [{ missing_some: [2, ['id', 'nothing']] }],
    [{ missing_some: [0, []] }],
    [{ missing_some: [1, 'nothing'] }],
    [{ missing_some: [1, { var: 'keys' }] }, { keys: ['a', 'b', 'c'], b: 2 }],
    [{ missing_some: [1, [['a', 'b']]] }, { b: 2 }],
    [{ if: [{ missing_some: [1, ['customer.tier', 'nothing']] }, 'incomplete', 'ok'] }],
  ]);
});

describe('array operations: map, filter, reduce, all, some, none', () => {
  sameAsJsonLogic([
    [{ map: [{ var: 'numbers' }, { '*': [{ var: '' }, 2] }] }],
    [{ map: [{ var: 'lines' }, { var: 'sku' }] }],
    [{ map: [{ var: 'nothing' }, { var: '' }] }],
    [{ map: [[1, 2], [{ var: '' }]] }],
    [{ map: [{ var: 'numbers' }] }],
    [{ map: { var: 'numbers' } }],
    [{ filter: [{ var: 'numbers' }, { '>': [{ var: '' }, 2] }] }],
    [{ filter: [{ var: 'lines' }, { '==': [{ var: 'category' }, 'bags'] }] }],
    [{ filter: [{ var: 'numbers' }] }],
    [{ filter: ['abc', true] }],
    [{ filter: [{ var: 'nested' }, { var: '' }] }],
    [{ reduce: [{ var: 'numbers' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }, 0] }],
    [{ reduce: [{ var: 'numbers' }, { '+': [{ var: 'current' }, { var: 'accumulator' }] }] }],
    [{ reduce: [{ var: 'lines' }, { '+': [{ var: 'accumulator' }, { var: 'current.quantity' }] }, 0] }],
    [{ reduce: [{ var: 'nothing' }, { var: 'current' }, 'start'] }],
    [{ reduce: [[], { var: 'current' }, { var: 'customer.tier' }] }],
    [{ reduce: [[1, 2], { var: '' }, 0] }],
    [{ reduce: [[1, 2], { merge: [{ var: 'accumulator' }, { var: 'current' }] }, []] }],
    [{ reduce: [[1, 2], { var: 'current' }, { and: [] }] }],
    [{ reduce: [{ var: 'nothing' }, 0, { and: [] }] }],
    [{ reduce: [[], 0, { or: [] }] }],
    [{ all: [{ var: 'numbers' }, { '>': [{ var: '' }, 0] }] }],
    [{ all: [{ var: 'numbers' }, { '>': [{ var: '' }, 1] }] }],
    [{ all: [[], true] }],
    [{ all: ['abc', true] }],
    [{ all: [{ var: 'lines' }, { '>=': [{ var: 'unitPrice.amount' }, 20000] }] }],
    [{ some: [{ var: 'lines' }, { '==': [{ var: 'category' }, 'bags'] }] }],
    [{ some: [{ var: 'lines' }, { in: [{ var: 'sku' }, ['X', 'B-2']] }] }],
    [{ some: [[], true] }],
    [{ some: [{ var: 'nothing' }, true] }],
    [{ some: [{ var: 'customer.tags' }, { '==': [{ var: '' }, 'b2b'] }] }],
    [{ none: [{ var: 'lines' }, { '==': [{ var: 'category' }, 'food'] }] }],
    [{ none: [[], true] }],
    [{ none: ['abc', true] }],
    [{ none: [[0, ''], { var: '' }] }],
    [{ some: [{ var: 'nested' }, { some: [{ var: '' }, { '==': [{ var: '' }, 3] }] }] }],
    [{ map: [{ filter: [{ var: 'lines' }, { '>': [{ var: 'quantity' }, 1] }] }, { var: 'id' }] }],
    [
      {
        '>': [
          {
            reduce: [
              { map: [{ var: 'lines' }, { '*': [{ var: 'quantity' }, { var: 'unitPrice.amount' }] }] },
              { '+': [{ var: 'current' }, { var: 'accumulator' }] },
              0,
            ],
          },
          50000,
        ],
      },
    ],
  ]);
});

describe('literal arrays and values', () => {
  sameAsJsonLogic([
    [1],
    ['text'],
    [null],
    [true],
    [[]],
    [[1, 'a', null]],
    [[{ var: 'num' }, [{ var: 'str' }, 2]]],
    [{ if: [true, [1, 2], 3] }],
    [1e308],
  ]);

  it('returns a fresh array on every evaluation, like json-logic-js', () => {
    const compiled = compileLogic({ if: [true, [1, 2], 3] });
    const first = compiled({}) as number[];
    first.push(99);
    expect(compiled({})).toStrictEqual([1, 2]);
    const scoped = compileLogic({
      reduce: [
        [1, 2],
        { if: [{ '===': [{ var: 'current' }, { var: 'accumulator' }] }, 'same', { var: 'current' }] },
        null,
      ],
    });
    expect(scoped({})).toStrictEqual(
      jsonLogic.apply(
        {
          reduce: [
            [1, 2],
            { if: [{ '===': [{ var: 'current' }, { var: 'accumulator' }] }, 'same', { var: 'current' }] },
            null,
          ],
        } as never,
        {},
      ),
    );
    const mapped = compileLogic({ map: [[1, 2], [0]] })({}) as unknown[][];
    expect(mapped[0]).not.toBe(mapped[1]);
  });

  it('evaluates with no data at all', () => {
    for (const expression of [{ var: '' }, { var: 'a' }, { missing: ['a'] }, { '==': [{ var: 'a' }, null] }]) {
      const expected = reference(expression, undefined);
      expect(expected.threw).toBe(false);
      if (!expected.threw) expect(compileLogic(expression)(undefined)).toStrictEqual(expected.value);
    }
  });
});
