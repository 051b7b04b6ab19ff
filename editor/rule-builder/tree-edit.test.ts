import { describe, expect, it } from 'vitest';
import { findField } from './fields';
import type { ArrayRule, FieldRule, RuleGroup } from './rule-tree';
import { asGroup, fromGroup, newRule, removeChild, withMeasure, withOp } from './tree-edit';

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
    const group: RuleGroup = { kind: 'group', op: 'or', children: [newRule(findField('customer.tier')!)] };
    expect(removeChild(group, 0)).toEqual({ kind: 'group', op: 'and', children: [] });
  });

  it('shows a bare rule as a group of one and prints a group of one "and" as the bare rule', () => {
    const r = newRule(findField('channel')!);
    expect(fromGroup(asGroup(r))).toBe(r);
    const or: RuleGroup = { kind: 'group', op: 'or', children: [r] };
    expect(fromGroup(or)).toBe(or);
  });

  it('switches array measures, keeping the nested condition', () => {
    const some = newRule(findField('lines')!) as ArrayRule;
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
});
