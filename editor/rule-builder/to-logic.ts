import { parseLookupPath } from './fields';
import type { ArrayRule, FieldRule, NumberTest, RuleNode } from './rule-tree';

/** JSONLogic as plain JSON. */
export type Logic = unknown;

const v = (path: string) => ({ var: path });

/** A field's value: a plain var, or a context table looked up with a key from the order. */
function read(path: string): Logic {
  const lookup = parseLookupPath(path);
  return lookup ? { var: { cat: [`tables.${lookup.table}.`, v(lookup.key)] } } : v(path);
}

/** `left op value`, or `a <= left <= b` for between (JSONLogic's three-argument form, inclusive). */
function numberTest(left: Logic, test: NumberTest): Logic {
  return test.op === 'between' ? { '<=': [test.value[0], left, test.value[1]] } : { [test.op]: [left, test.value] };
}

/** `totals.subtotal.amount` → `totals.subtotal.currency`: the currency beside a money amount. */
export const currencyPathOf = (amountPath: string) => amountPath.replace(/amount$/, 'currency');

/** A money test pinned to its currency: it can only hold for orders in that currency. */
function fieldRule(rule: FieldRule): Logic {
  const test = unpinnedRule(rule);
  return rule.currency === undefined ? test : { and: [{ '==': [v(currencyPathOf(rule.field)), rule.currency] }, test] };
}

function unpinnedRule(rule: FieldRule): Logic {
  const field = read(rule.field);
  switch (rule.op) {
    case 'isTrue':
      return { '==': [field, true] };
    case 'isFalse':
      return { '==': [field, false] };
    case 'in':
      return { in: [field, [...rule.value]] };
    case 'notIn':
      return { '!': { in: [field, [...rule.value]] } };
    // Substring of a string field, or membership in a list field: JSONLogic's `in` does both.
    case 'contains':
      return { in: [rule.value, field] };
    case 'notContains':
      return { '!': { in: [rule.value, field] } };
    // ISO timestamps with the same offset sort as text.
    case 'before':
      return { '<': [field, rule.value] };
    case 'after':
      return { '>': [field, rule.value] };
    case 'between':
      return numberTest(field, rule);
    default:
      return { [rule.op]: [field, rule.value] };
  }
}

/**
 * Count (or sum of one numeric item field) over the items that pass `where`. A sum reads a missing value as 0
 * (`{"var": [path, 0]}`): lines without a weight must not fail the run. `legacy` prints the sum as builders before
 * that did (a bare var), so such logic is still recognised and rewritten with the default.
 */
export function reduceOver(field: string, where: Logic, sumField?: string, legacy = false): Logic {
  const item = `current.${sumField}`;
  const add = sumField === undefined ? 1 : legacy ? v(item) : { var: [item, 0] };
  return { reduce: [{ filter: [v(field), where] }, { '+': [v('accumulator'), add] }, 0] };
}

function arrayRule(rule: ArrayRule): Logic {
  const where = toLogic(rule.where);
  if (rule.measure === 'some') return { some: [v(rule.field), where] };
  return numberTest(reduceOver(rule.field, where, rule.measure === 'sum' ? rule.sumField : undefined), rule);
}

/** Prints a builder tree as canonical JSONLogic. An empty group is `true` ("always"). */
export function toLogic(node: RuleNode): Logic {
  switch (node.kind) {
    case 'group':
      return node.children.length === 0 ? true : { [node.op]: node.children.map(toLogic) };
    case 'rule':
      return fieldRule(node);
    case 'array':
      return arrayRule(node);
  }
}
