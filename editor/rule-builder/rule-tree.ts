/**
 * The rule builder's own model of a JSONLogic condition. Every tree prints to one canonical JSONLogic
 * shape (to-logic.ts) and reads back from exactly that shape (to-rules.ts), so nothing is lost
 * either way. Values are stored as they appear in the logic: money in minor units.
 */

export type GroupOp = 'and' | 'or';
export type CompareOp = '==' | '!=' | '>' | '>=' | '<' | '<=';

/** An empty group means "always" (prints as `true`); it is always 'and', since and/or means nothing then. */
export interface RuleGroup {
  readonly kind: 'group';
  readonly op: GroupOp;
  readonly children: readonly RuleNode[];
}

/** A comparison with a number: `>= 500` or `between 1 and 3` (inclusive). */
export type NumberTest =
  | { readonly op: CompareOp; readonly value: number }
  | { readonly op: 'between'; readonly value: readonly [number, number] };

/**
 * One test of one field; which ops fit depends on the field's kind (operators.ts). A money test carries the
 * currency it means (`currency`): it prints as `{"and": [{"==": [{"var": "….currency"}, "CNY"]}, <test>]}`, so it
 * only holds for orders in that currency. Without one (logic written before, or by hand) it holds in every
 * currency; the builder shows that as a warning and validation reports it.
 */
export type FieldRule = { readonly kind: 'rule'; readonly field: string; readonly currency?: string } & (
  | NumberTest
  | { readonly op: '==' | '!='; readonly value: string }
  | { readonly op: 'in' | 'notIn'; readonly value: readonly string[] }
  | { readonly op: 'contains' | 'notContains'; readonly value: string }
  | { readonly op: 'isTrue' | 'isFalse' }
  | { readonly op: 'before' | 'after'; readonly value: string }
);

/** A test over the items of an array field (order lines): "any line where …", or a count / sum with a test. */
export type ArrayRule = { readonly kind: 'array'; readonly field: string; readonly where: RuleNode } & (
  | { readonly measure: 'some' }
  | ({ readonly measure: 'count' } & NumberTest)
  | ({ readonly measure: 'sum'; readonly sumField: string } & NumberTest)
);

export type RuleNode = RuleGroup | FieldRule | ArrayRule;

export type RuleOp = FieldRule['op'];
export type ArrayMeasure = ArrayRule['measure'];

export const emptyGroup = (): RuleGroup => ({ kind: 'group', op: 'and', children: [] });
