import { isPlainObject } from '../../runtime/index';
import { isKnownCurrency } from '../../runtime/node/index';
import { findField, lookupField, lookupPath, type Field } from './fields';
import { emptyGroup, type ArrayRule, type CompareOp, type NumberTest, type RuleNode } from './rule-tree';
import { currencyPathOf, reduceOver, toLogic } from './to-logic';

/**
 * Reads JSONLogic back into a builder tree. Only the exact shapes `toLogic` prints are accepted, so
 * `toLogic(toRules(x)) === x` whenever this returns a tree (one exception: a line sum written without its 0
 * default, which prints back with it); anything else gives `null` and the editor opens the raw JSON mode
 * instead of showing something subtly different.
 */
export function toRules(logic: unknown): RuleNode | null {
  return node(logic, undefined);
}

type Scope = string | undefined;
const COMPARE: readonly string[] = ['==', '!=', '>', '>=', '<', '<='];

/** `{op: args}` with exactly one key; args always as an array (unary `!` is unwrapped by the caller). */
function operation(logic: unknown): { op: string; arg: unknown } | null {
  if (!isPlainObject(logic)) return null;
  const keys = Object.keys(logic);
  return keys.length === 1 ? { op: keys[0]!, arg: logic[keys[0]!] } : null;
}

/** `compared`: the value the field is tested against, which says what kind of value a lookup table holds. */
function varField(logic: unknown, scope: Scope, compared?: unknown): Field | null {
  const o = operation(logic);
  if (o?.op !== 'var') return null;
  if (typeof o.arg === 'string') return o.arg.startsWith('tables.') ? null : (findField(o.arg, scope) ?? null);
  return scope === undefined ? lookupOf(o.arg, compared) : null;
}

/** `{"cat": ["tables.<name>.", {"var": "<string order field>"}]}`, the only computed path the builder writes. */
function lookupOf(path: unknown, compared: unknown): Field | null {
  const cat = operation(path);
  if (cat?.op !== 'cat' || !Array.isArray(cat.arg) || cat.arg.length !== 2) return null;
  const [prefix, key] = cat.arg as unknown[];
  const keyVar = operation(key);
  const name = typeof prefix === 'string' ? /^tables\.([A-Za-z][A-Za-z0-9_]*)\.$/.exec(prefix)?.[1] : undefined;
  if (!name || keyVar?.op !== 'var' || typeof keyVar.arg !== 'string') return null;
  const value = Array.isArray(compared) ? compared[0] : compared;
  const kind =
    typeof value === 'string'
      ? 'string'
      : typeof value === 'boolean'
        ? 'boolean'
        : isNumber(value)
          ? 'number'
          : undefined;
  return lookupField(lookupPath(name, keyVar.arg), kind) ?? null;
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string');

/** A number that fits the field: money is integer minor units. */
const fits = (field: Field, x: unknown) => isNumber(x) && (field.kind !== 'money' || Number.isSafeInteger(x));

function node(logic: unknown, scope: Scope): RuleNode | null {
  if (logic === true) return emptyGroup();
  const o = operation(logic);
  if (!o || !Array.isArray(o.arg)) return o?.op === '!' ? negation(o.arg, scope) : null;
  const args = o.arg as unknown[];
  if (o.op === 'and' && args.length === 2) {
    const pinned = pinnedMoney(args[0], args[1], scope);
    if (pinned) return pinned;
  }
  if (o.op === 'and' || o.op === 'or') {
    if (args.length === 0) return null;
    const children = args.map((a) => node(a, scope));
    return children.every((c) => c !== null) ? { kind: 'group', op: o.op, children: children as RuleNode[] } : null;
  }
  if (o.op === 'in' && args.length === 2) return membership(args[0], args[1], scope);
  if (o.op === 'some' && args.length === 2 && scope === undefined) return some(args[0], args[1]);
  if (COMPARE.includes(o.op) && args.length === 2) return compare(o.op as CompareOp, args[0], args[1], scope);
  if (o.op === '<=' && args.length === 3) return between(args[0], args[1], args[2], scope);
  return null;
}

/**
 * `{"and": [{"==": [{"var": "X.currency"}, "CNY"]}, <money test on X.amount>]}` is one money rule in CNY. The
 * builder offers no currency field of its own (money is one field), so no other tree prints this shape.
 */
function pinnedMoney(pin: unknown, test: unknown, scope: Scope): RuleNode | null {
  const equals = operation(pin);
  if (equals?.op !== '==' || !Array.isArray(equals.arg) || equals.arg.length !== 2) return null;
  const [left, code] = equals.arg as unknown[];
  const currencyVar = operation(left);
  if (currencyVar?.op !== 'var' || typeof code !== 'string' || !isKnownCurrency(code)) return null;
  const rule = node(test, scope);
  if (rule?.kind !== 'rule' || rule.currency !== undefined) return null;
  if (findField(rule.field, scope)?.kind !== 'money' || currencyVar.arg !== currencyPathOf(rule.field)) return null;
  return { ...rule, currency: code };
}

function negation(arg: unknown, scope: Scope): RuleNode | null {
  const inner = operation(arg)?.op === 'in' ? node(arg, scope) : null;
  if (inner?.kind !== 'rule') return null;
  if (inner.op === 'in') return { ...inner, op: 'notIn' };
  if (inner.op === 'contains' && findField(inner.field, scope)?.kind === 'strings')
    return { ...inner, op: 'notContains' };
  return null;
}

function membership(a: unknown, b: unknown, scope: Scope): RuleNode | null {
  const left = varField(a, scope, b);
  if (left?.kind === 'string' && isStrings(b)) return { kind: 'rule', field: left.path, op: 'in', value: [...b] };
  const right = varField(b, scope);
  if ((right?.kind === 'string' || right?.kind === 'strings') && typeof a === 'string')
    return { kind: 'rule', field: right.path, op: 'contains', value: a };
  return null;
}

function compare(op: CompareOp, a: unknown, b: unknown, scope: Scope): RuleNode | null {
  const field = varField(a, scope, b);
  if (!field) return aggregate(a, { op, value: b as number }, scope);
  switch (field.kind) {
    case 'boolean':
      return op === '==' && typeof b === 'boolean'
        ? { kind: 'rule', field: field.path, op: b ? 'isTrue' : 'isFalse' }
        : null;
    case 'string':
      return (op === '==' || op === '!=') && typeof b === 'string'
        ? { kind: 'rule', field: field.path, op, value: b }
        : null;
    case 'datetime':
      return (op === '<' || op === '>') && typeof b === 'string'
        ? { kind: 'rule', field: field.path, op: op === '<' ? 'before' : 'after', value: b }
        : null;
    case 'number':
    case 'money':
      return fits(field, b) ? { kind: 'rule', field: field.path, op, value: b as number } : null;
    default:
      return null;
  }
}

function between(min: unknown, middle: unknown, max: unknown, scope: Scope): RuleNode | null {
  const field = varField(middle, scope, min);
  if (!field) return aggregate(middle, { op: 'between', value: [min as number, max as number] }, scope);
  return (field.kind === 'number' || field.kind === 'money') && fits(field, min) && fits(field, max)
    ? { kind: 'rule', field: field.path, op: 'between', value: [min as number, max as number] }
    : null;
}

function some(a: unknown, b: unknown): RuleNode | null {
  const field = varField(a, undefined);
  const where = field?.kind === 'array' ? node(b, field.path) : null;
  return field && where ? { kind: 'array', field: field.path, measure: 'some', where } : null;
}

/** Count / sum over an array: recognised by re-printing the candidate and comparing the JSON. */
function aggregate(left: unknown, test: NumberTest, scope: Scope): RuleNode | null {
  const values = test.op === 'between' ? test.value : [test.value];
  if (scope !== undefined || !values.every(isNumber)) return null;
  const reduce = operation(left)?.op === 'reduce' ? (left as { reduce: unknown }).reduce : null;
  const filter = Array.isArray(reduce) ? operation(reduce[0]) : null;
  if (!filter || filter.op !== 'filter' || !Array.isArray(filter.arg) || filter.arg.length !== 2) return null;
  const field = varField(filter.arg[0], undefined);
  const where = field?.kind === 'array' ? node(filter.arg[1], field.path) : null;
  if (!field || !where) return null;
  const candidates: ArrayRule[] = [{ kind: 'array', field: field.path, where, measure: 'count', ...test }];
  for (const item of field.itemFields ?? []) {
    if (item.kind === 'number')
      candidates.push({ kind: 'array', field: field.path, where, measure: 'sum', sumField: item.path, ...test });
  }
  const wanted = JSON.stringify(left);
  const printedWhere = toLogic(where);
  const printed = (c: ArrayRule, legacy: boolean) =>
    JSON.stringify(reduceOver(c.field, printedWhere, c.measure === 'sum' ? c.sumField : undefined, legacy));
  // A sum without the 0 default (written before the builder added it) is read too; it prints back with the default.
  return (
    candidates.find((c) => printed(c, false) === wanted || (c.measure === 'sum' && printed(c, true) === wanted)) ?? null
  );
}
