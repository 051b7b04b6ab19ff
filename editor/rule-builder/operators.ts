import type { ArrayMeasure, RuleOp } from './rule-tree';
import type { RuleFieldKind } from './fields';

/** The operators that make sense for each kind of field, in the order the menu lists them. */
export const OPERATORS: Readonly<Record<Exclude<RuleFieldKind, 'array'>, readonly RuleOp[]>> = {
  string: ['==', '!=', 'in', 'notIn', 'contains'],
  number: ['==', '!=', '>', '>=', '<', '<=', 'between'],
  money: ['==', '!=', '>', '>=', '<', '<=', 'between'],
  boolean: ['isTrue', 'isFalse'],
  strings: ['contains', 'notContains'],
  datetime: ['before', 'after'],
};

export const NUMBER_OPS = OPERATORS.number;

export const ARRAY_MEASURES: readonly ArrayMeasure[] = ['some', 'count', 'sum'];

export function operatorsFor(kind: RuleFieldKind): readonly RuleOp[] {
  return kind === 'array' ? [] : OPERATORS[kind];
}
