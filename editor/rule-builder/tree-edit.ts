import { currencyExponent } from '../../runtime/index';
import { isKnownCurrency } from '../../runtime/node/index';
import type { Field } from './fields';
import {
  emptyGroup,
  type ArrayMeasure,
  type ArrayRule,
  type FieldRule,
  type NumberTest,
  type RuleGroup,
  type RuleNode,
  type RuleOp,
} from './rule-tree';

/** Immutable edits the builder UI makes; kept pure so they can be tested without a DOM. */

export function setChild(group: RuleGroup, index: number, child: RuleNode): RuleGroup {
  return { ...group, children: group.children.map((c, i) => (i === index ? child : c)) };
}

/** An emptied group becomes 'and', the one canonical form of "always". */
export function removeChild(group: RuleGroup, index: number): RuleGroup {
  const children = group.children.filter((_, i) => i !== index);
  return { kind: 'group', op: children.length === 0 ? 'and' : group.op, children };
}

export function addChild(group: RuleGroup, child: RuleNode): RuleGroup {
  return { ...group, children: [...group.children, child] };
}

/** The builder always shows a group at the top; a bare rule is shown as a group of one. */
export const asGroup = (node: RuleNode): RuleGroup =>
  node.kind === 'group' ? node : { kind: 'group', op: 'and', children: [node] };

/** …and a group of one 'and' prints as the bare child, which is how people write simple rules. */
export const fromGroup = (group: RuleGroup): RuleNode =>
  group.op === 'and' && group.children.length === 1 ? group.children[0]! : group;

/** A sensible first test for a field just picked; money is pinned to `currency`, the builder's currency. */
export function newRule(field: Field, currency: string): FieldRule | ArrayRule {
  const base = { kind: 'rule' as const, field: field.path };
  switch (field.kind) {
    case 'array':
      return { kind: 'array', field: field.path, measure: 'some', where: emptyGroup() };
    case 'string':
      return { ...base, op: '==', value: field.options?.[0] ?? '' };
    case 'number':
      return { ...base, op: '>=', value: 0 };
    case 'money':
      return { ...base, currency, op: '>=', value: 0 };
    case 'boolean':
      return { ...base, op: 'isTrue' };
    case 'strings':
      return { ...base, op: 'contains', value: '' };
    case 'datetime':
      return { ...base, op: 'before', value: '' };
  }
}

function firstText(rule: FieldRule): string {
  if (!('value' in rule)) return '';
  const v = rule.value;
  return typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
}

function firstNumber(rule: FieldRule): number {
  if (!('value' in rule)) return 0;
  return typeof rule.value === 'number'
    ? rule.value
    : Array.isArray(rule.value) && typeof rule.value[0] === 'number'
      ? rule.value[0]
      : 0;
}

/** Switches operator, carrying the value (and a money test's currency) over where it still makes sense. */
export function withOp(rule: FieldRule, op: RuleOp, numeric: boolean): FieldRule {
  const base = { kind: 'rule' as const, field: rule.field, ...(rule.currency ? { currency: rule.currency } : {}) };
  switch (op) {
    case 'isTrue':
    case 'isFalse':
      return { ...base, op };
    case 'between':
      return { ...base, op, value: [firstNumber(rule), firstNumber(rule)] };
    case 'in':
    case 'notIn':
      return {
        ...base,
        op,
        value: rule.op === 'in' || rule.op === 'notIn' ? rule.value : firstText(rule) ? [firstText(rule)] : [],
      };
    case 'contains':
    case 'notContains':
    case 'before':
    case 'after':
      return { ...base, op, value: firstText(rule) };
    default:
      return numeric
        ? { ...base, op, value: firstNumber(rule) }
        : { ...base, op: op === '!=' ? '!=' : '==', value: firstText(rule) };
  }
}

export function withTest<T extends NumberTest>(test: T, op: NumberTest['op']): NumberTest {
  const first = typeof test.value === 'number' ? test.value : test.value[0];
  return op === 'between' ? { op, value: [first, first] } : { op, value: first };
}

export function withMeasure(rule: ArrayRule, measure: ArrayMeasure, sumField: string): ArrayRule {
  const base = { kind: 'array' as const, field: rule.field, where: rule.where };
  const test: NumberTest =
    rule.measure === 'some'
      ? { op: '>=', value: 1 }
      : rule.op === 'between'
        ? { op: 'between', value: rule.value }
        : { op: rule.op, value: rule.value };
  if (measure === 'some') return { ...base, measure };
  return measure === 'count' ? { ...base, measure, ...test } : { ...base, measure, sumField, ...test };
}

/**
 * Pins a money test to `currency`, keeping the amounts as people read them: ¥500.00 in CNY becomes 500 in JPY
 * (which has no minor unit), not ¥50,000. `shownIn` is the currency the amounts were typed and shown in.
 */
export function withCurrency(rule: FieldRule, currency: string, shownIn: string): FieldRule {
  const known = (code: string) => (isKnownCurrency(code) ? currencyExponent(code) : 2);
  const shift = known(currency) - known(shownIn);
  const rescale = (minor: number) => (shift >= 0 ? minor * 10 ** shift : Math.round(minor / 10 ** -shift));
  if (!('value' in rule) || typeof rule.value === 'string') return { ...rule, currency };
  const value = rule.value;
  if (typeof value === 'number') return { ...rule, currency, value: rescale(value) } as FieldRule;
  if (value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number')
    return { ...rule, currency, value: [rescale(value[0]), rescale(value[1] as number)] } as FieldRule;
  return { ...rule, currency };
}
