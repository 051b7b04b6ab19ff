import { describe, expect, it } from 'vitest';
import { findField } from './fields';
import type { ArrayRule, FieldRule, RuleGroup } from './rule-tree';
import { asGroup, fromGroup, newRule, removeChild, withCurrency, withMeasure, withOp } from './tree-edit';

/** Loosely typed on purpose: each case names its own op/value pair. */
const rule = (r: { field: string; op: string; value?: unknown }) => ({ kind: 'rule', ...r }) as FieldRule;

describe('tree edits', () => {
  it('carries values across operators where they still make sense', () => {
    expect(withOp(rule({ field: 'customer.tier', op: '==', value: 'vip' }), 'in', false)).toEqual(
      rule({ field: 'customer.tier', op: 'in', value: ['vip'] }),
    );
    expect(withOp(rule({ field: 'customer.tier', op: 'in', value: ['gold', 'vip'] }), 'notIn', false)).toMatchObject({
      op: 'notIn',
      value: ['gold', 'vip'],
    });
    expect(withOp(rule({ field: 'customer.tier', op: 'in', value: ['gold'] }), '!=', false)).toMatchObject({
      op: '!=',
      value: 'gold',
    });
    expect(withOp(rule({ field: 'customer.orderCount', op: '>', value: 3 }), 'between', true)).toMatchObject({
      op: 'between',
      value: [3, 3],
    });
    expect(withOp(rule({ field: 'customer.orderCount', op: 'between', value: [2, 9] }), '<', true)).toMatchObject({
      op: '<',
      value: 2,
    });
    expect(withOp(rule({ field: 'shippingAddress.remote', op: 'isTrue' }), 'isFalse', false)).toEqual(
      rule({ field: 'shippingAddress.remote', op: 'isFalse' }),
    );
  });

  it('an emptied group becomes the canonical "always" (and)', () => {
    const group: RuleGroup = { kind: 'group', op: 'or', children: [newRule(findField('customer.tier')!, 'CNY')] };
    expect(removeChild(group, 0)).toEqual({ kind: 'group', op: 'and', children: [] });
  });

  it('shows a bare rule as a group of one and prints a group of one "and" as the bare rule', () => {
    const r = newRule(findField('channel')!, 'CNY');
    expect(fromGroup(asGroup(r))).toBe(r);
    const or: RuleGroup = { kind: 'group', op: 'or', children: [r] };
    expect(fromGroup(or)).toBe(or);
  });

  it('switches array measures, keeping the nested condition', () => {
    const some = newRule(findField('lines')!, 'CNY') as ArrayRule;
    const count = withMeasure(some, 'count', 'quantity');
    expect(count).toEqual({ kind: 'array', field: 'lines', where: some.where, measure: 'count', op: '>=', value: 1 });
    expect(withMeasure(count, 'sum', 'weightGrams')).toMatchObject({
      measure: 'sum',
      sumField: 'weightGrams',
      op: '>=',
      value: 1,
    });
    expect(withMeasure(count, 'some', 'quantity')).toEqual(some);
  });

  it('a new money test is pinned to the builder currency, and keeps its currency across operators', () => {
    const money = newRule(findField('totals.subtotal.amount')!, 'USD') as FieldRule;
    expect(money).toEqual({ kind: 'rule', field: 'totals.subtotal.amount', currency: 'USD', op: '>=', value: 0 });
    expect(withOp({ ...money, value: 500 } as FieldRule, 'between', true)).toEqual({
      kind: 'rule',
      field: 'totals.subtotal.amount',
      currency: 'USD',
      op: 'between',
      value: [500, 500],
    });
    expect(newRule(findField('customer.orderCount')!, 'USD')).not.toHaveProperty('currency');
  });

  it('changing the currency rescales minor units so the amount read stays the same', () => {
    const cny = rule({ field: 'totals.subtotal.amount', op: 'between', value: [50000, 99950] });
    expect(withCurrency(cny, 'JPY', 'CNY')).toMatchObject({ currency: 'JPY', value: [500, 1000] });
    expect(withCurrency(cny, 'KWD', 'CNY')).toMatchObject({ currency: 'KWD', value: [500000, 999500] });
    expect(withCurrency(cny, 'USD', 'CNY')).toMatchObject({ currency: 'USD', value: [50000, 99950] });
  });
});
