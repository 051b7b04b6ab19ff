import { describe, expect, it } from 'vitest';
import { FACTS_SHAPE } from '../order/facts';
import { checkLogic, compileLogic, LogicError, type LogicIssue } from './logic';
import { english } from './worded.test-support';

const check = (expression: unknown): LogicIssue[] => checkLogic(expression, FACTS_SHAPE);
const messages = (expression: unknown): string[] => check(expression).map(english);
/** The issues as the validator shows them: the detail worded in English. */
const worded = (expression: unknown) =>
  check(expression).map(({ detail, ...issue }) => ({ ...issue, message: english({ detail }) }));
const varWarnings = (expression: unknown): LogicIssue[] =>
  check(expression).filter((issue) => issue.code === 'logic-unknown-var');

describe('var paths against the facts shape', () => {
  it('warns about an unknown field, with the nearest name', () => {
    expect(worded({ '==': [{ var: 'customer.teir' }, 'vip'] })).toStrictEqual([
      {
        code: 'logic-unknown-var',
        severity: 'warning',
        message: 'customer.teir is not a field of the order; did you mean customer.tier?',
        path: ['==', 0, 'var'],
      },
    ]);
  });

  it('suggests a field of that name elsewhere in the shape', () => {
    expect(messages({ var: 'tier' })).toStrictEqual(['tier is not a field of the order; did you mean customer.tier?']);
    expect(messages({ var: 'subtotal' })).toStrictEqual([
      'subtotal is not a field of the order; did you mean totals.subtotal.amount?',
    ]);
    expect(messages({ var: 'custmer.tier' })).toStrictEqual([
      'custmer.tier is not a field of the order; did you mean customer.tier?',
    ]);
    expect(messages({ var: 'xyzzy' })).toStrictEqual(['xyzzy is not a field of the order']);
  });

  it('explains paths into lists and leaves', () => {
    expect(messages({ var: 'lines.sku' })).toStrictEqual([
      'lines.sku is not a field of the order: lines is a list; read its items with some, all, none, filter or map',
    ]);
    expect(messages({ var: 'coupons.code' })).toStrictEqual([
      'coupons.code is not a field of the order: coupons is a list of texts; test it with "in"',
    ]);
    expect(messages({ var: 'customer.tier.name' })).toStrictEqual([
      'customer.tier.name is not a field of the order: customer.tier is a text and has no fields',
    ]);
    expect(messages({ var: 'totals.subtotal.amount.x' })).toStrictEqual([
      'totals.subtotal.amount.x is not a field of the order: totals.subtotal.amount is an amount in minor units and has no fields',
    ]);
  });

  it('refuses a read of the whole data at the top and computed paths, but not the item inside map/filter', () => {
    for (const whole of [{ var: '' }, { var: null }, { var: [] }, { if: [true, { var: '' }, 1] }])
      expect(
        check(whole).map((i) => [i.code, i.severity]),
        JSON.stringify(whole),
      ).toStrictEqual([['logic-invalid', 'error']]);
    expect(messages({ var: '' })[0]).toContain('{"var": ""} reads the whole order record');
    expect(check({ var: [{ cat: ['customer.', 'teir'] }] }).map(english)).toStrictEqual([
      'a var path must be written out (e.g. "customer.tier"); a path computed while the order runs could read any field',
    ]);
    expect(check({ some: [{ var: 'coupons' }, { '==': [{ var: '' }, 'VIP'] }] })).toStrictEqual([]);
  });

  it('accepts known paths, indexes, length, records and defaults', () => {
    for (const path of [
      'customer.tier',
      'totals.subtotal.amount',
      'lines.0.sku',
      'lines.length',
      'tags.0',
      'tags.length',
      'coupons',
      'attributes.anything.below',
      'customer.tier.length',
    ]) {
      expect(check({ var: path }), String(path)).toStrictEqual([]);
    }
    expect(check({ var: ['customer.tier', 'bronze'] })).toStrictEqual([]);
  });

  it('checks missing and missing_some keys like var paths', () => {
    expect(varWarnings({ missing: ['customer.tier', 'customer.teir'] }).map((i) => i.path)).toStrictEqual([
      ['missing', 1],
    ]);
    expect(varWarnings({ missing_some: [1, ['payment.method', 'payment.metod']] }).map((i) => i.path)).toStrictEqual([
      ['missing_some', 1, 1],
    ]);
  });

  it('reports nothing about vars without a shape', () => {
    expect(checkLogic({ var: 'customer.teir' })).toStrictEqual([]);
  });
});

describe('scopes of map, filter, all, some, none, reduce', () => {
  it('reads item fields inside some / all / none / filter / map over a literal list path', () => {
    for (const op of ['some', 'all', 'none', 'filter', 'map']) {
      expect(check({ [op]: [{ var: 'lines' }, { '>': [{ var: 'quantity' }, 1] }] }), op).toStrictEqual([]);
      expect(messages({ [op]: [{ var: 'lines' }, { '>': [{ var: 'quantty' }, 1] }] }), op).toStrictEqual([
        'quantty is not a field of the line item; did you mean quantity?',
      ]);
    }
  });

  it('points into the item expression', () => {
    expect(
      varWarnings({ and: [true, { some: [{ var: 'lines' }, { '==': [{ var: 'skus' }, 'A'] }] }] })[0]?.path,
    ).toStrictEqual(['and', 1, 'some', 1, '==', 0, 'var']);
  });

  it('does not read outer fields inside the item expression', () => {
    expect(messages({ some: [{ var: 'lines' }, { '==': [{ var: 'customer.tier' }, 'vip'] }] })).toStrictEqual([
      'customer.tier is not a field of the line item',
    ]);
  });

  it('follows nested scopes and filtered lists', () => {
    expect(
      check({
        some: [
          { filter: [{ var: 'lines' }, { '>': [{ var: 'quantity' }, 1] }] },
          { '==': [{ var: 'category' }, 'shoes'] },
        ],
      }),
    ).toStrictEqual([]);
    expect(check({ some: [{ var: 'customer.tags' }, { '==': [{ var: '' }, 'b2b'] }] })).toStrictEqual([]);
    expect(messages({ some: [{ var: 'tags' }, { '==': [{ var: 'name' }, 'b2b'] }] })).toStrictEqual([
      'name is not a field of the list item: the list item is a text and has no fields',
    ]);
  });

  it('does not warn where the item shape is unknown', () => {
    expect(check({ some: [{ merge: [{ var: 'lines' }, { var: 'tags' }] }, { var: 'whatever' }] })).toStrictEqual([]);
    expect(check({ map: [{ var: 'attributes.list' }, { var: 'x.y' }] })).toStrictEqual([]);
    expect(check({ some: [[1, 2], { var: 'anything' }] })).toStrictEqual([]);
  });

  it('knows current and accumulator inside reduce', () => {
    const total = {
      reduce: [
        { var: 'lines' },
        { '+': [{ var: 'accumulator' }, { '*': [{ var: 'current.quantity' }, { var: 'current.unitPrice.amount' }] }] },
        0,
      ],
    };
    expect(check(total)).toStrictEqual([]);
    expect(
      messages({
        reduce: [
          { var: 'lines' },
          { '+': [{ var: 'acumulator' }, { var: 'current.quantiy' }] },
          { var: 'totals.itemCount' },
        ],
      }),
    ).toStrictEqual([
      'acumulator is not a field of the reduce step; did you mean accumulator?',
      'current.quantiy is not a field of the reduce step; did you mean current.quantity?',
    ]);
    expect(messages({ reduce: [{ var: 'lines' }, { var: 'quantity' }, 0] })).toStrictEqual([
      'quantity is not a field of the reduce step; did you mean current.quantity?',
    ]);
    // The initial value reads the outer data.
    expect(messages({ reduce: [{ var: 'lines' }, { var: 'accumulator' }, { var: 'totals.itemCont' }] })).toStrictEqual([
      'totals.itemCont is not a field of the order; did you mean totals.itemCount?',
    ]);
    // Unknown items: current.* is not checked, but the scope's own names still are.
    expect(
      messages({ reduce: [{ var: 'attributes.x' }, { '+': [{ var: 'current.a.b' }, { var: 'acc' }] }] }),
    ).toStrictEqual(['acc is not a field of the reduce step']);
  });
});

describe('money objects', () => {
  it('warns when a money object is compared instead of its amount', () => {
    expect(worded({ '>=': [{ var: 'totals.subtotal' }, 50000] })).toStrictEqual([
      {
        code: 'logic-invalid',
        severity: 'warning',
        message: 'totals.subtotal is money: compare totals.subtotal.amount (minor units)',
        path: ['>=', 0],
      },
    ]);
    expect(messages({ some: [{ var: 'lines' }, { '<': [1000, { var: 'unitPrice' }] }] })).toStrictEqual([
      'unitPrice is money: compare unitPrice.amount (minor units)',
    ]);
    expect(messages({ '+': [{ var: 'shippingFee' }, 1] })).toStrictEqual([
      'shippingFee is money: use shippingFee.amount (minor units)',
    ]);
  });

  it('accepts the amount (pinned to a currency; a bare one only gets the currency warning)', () => {
    const amount = { '>=': [{ var: 'totals.subtotal.amount' }, 50000] };
    const pin = { '==': [{ var: 'totals.subtotal.currency' }, 'CNY'] };
    expect(check({ and: [pin, amount] })).toStrictEqual([]);
    expect(check(pin)).toStrictEqual([]);
    expect(check(amount).map((issue) => issue.code)).toStrictEqual(['money-currency-unpinned']);
  });
});

describe('structure', () => {
  it('collects every problem, not just the first', () => {
    const issues = check({
      and: [
        { foo: [{ var: 'customer.teir' }] },
        { '==': [{ var: 'x' }, 1], '!=': [{ var: 'y' }, 2] },
        { log: 'hi' },
        { '>=': [{ var: 'totals.subtotal' }, 1] },
        { some: [{ var: 'lines' }] },
        { var: 'customer.__proto__' },
        { in: [{ var: 'customer.tier' }, ['vip', { bar: 1 }]] },
      ],
    });
    expect(issues.map((i) => [i.code, i.severity, i.path])).toStrictEqual([
      ['logic-unknown-operator', 'error', ['and', 0]],
      ['logic-invalid', 'error', ['and', 1]],
      ['logic-unknown-operator', 'error', ['and', 2]],
      ['logic-invalid', 'warning', ['and', 4]],
      ['logic-invalid', 'error', ['and', 5, 'var']],
      ['logic-unknown-operator', 'error', ['and', 6, 'in', 1, 1]],
      ['logic-invalid', 'warning', ['and', 3, '>=', 0]],
    ]);
    expect(english(issues[3]!)).toBe('"some" takes 2 arguments (a list and a condition per item); found 1');
  });

  it('reports limits once and does not overflow', () => {
    let deep: unknown = { var: 'x' };
    for (let i = 0; i < 10_000; i++) deep = { and: [deep, { '!': [1] }] };
    const limits = check(deep).filter((issue) => issue.code === 'logic-limit');
    expect(limits).toHaveLength(1);
    expect(english(limits[0]!)).toBe('expression nests deeper than the limit of 64 levels (maxDepth)');
    expect(checkLogic(Array.from({ length: 50_000 }, () => 1)).map(english)).toStrictEqual([
      'expression has more nodes than the limit of 10000 (maxNodes)',
    ]);
  });

  it('warns about argument counts json-logic-js tolerates', () => {
    expect(messages({ '!': [true, false] })).toStrictEqual(['"!" takes 1 argument; found 2']);
    expect(messages({ '==': [1] })).toStrictEqual(['"==" takes 2 arguments; found 1']);
    expect(messages({ substr: ['abc'] })).toStrictEqual([
      '"substr" takes 2 to 3 arguments (a text, a start and an optional length); found 1',
    ]);
    expect(check({ '<': [1, { var: 'customer.orderCount' }, 10] })).toStrictEqual([]);
    expect(check({ cat: [] })).toStrictEqual([]);
  });

  it('has an error exactly when compileLogic throws, at the same place', () => {
    const expressions: unknown[] = [
      { '==': [{ var: 'customer.tier' }, 'vip'] },
      { and: [{ a: 1, b: 2 }] },
      { or: [true, { nope: [] }] },
      { var: 'a.constructor' },
      { '*': [] },
      { '!': [1, 2] },
      { some: [{ var: 'lines' }, { in: [{ var: 'sku' }, Array.from({ length: 10_001 }, (_, i) => i)] }] },
      { var: 'customer.teir' },
      { if: [{}, 1] },
      JSON.parse('{"__proto__": 1}'),
    ];
    for (const expression of expressions) {
      const firstError = checkLogic(expression, FACTS_SHAPE).find((issue) => issue.severity === 'error');
      let thrown: unknown;
      try {
        compileLogic(expression);
      } catch (error) {
        thrown = error;
      }
      if (firstError === undefined) {
        expect(thrown, JSON.stringify(expression)).toBeUndefined();
      } else {
        expect(thrown).toBeInstanceOf(LogicError);
        expect({
          code: (thrown as LogicError).code,
          path: (thrown as LogicError).path,
          detail: (thrown as LogicError).detail,
        }).toStrictEqual({
          code: firstError.code,
          path: firstError.path,
          detail: firstError.detail,
        });
      }
    }
  });
});
