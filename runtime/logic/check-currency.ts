import type { FieldShape } from '../order/facts';
import type { LogicIssue } from './logic-error';
import { logicMessage } from './logic-message';
import { COMPARISON_OPERATORS, SCOPED_OPERATORS } from './operators';
import { toPath, type LogicNode, type OperationNode } from './parse';
import { isMoneyObject, itemShapeOf, lookupShape } from './shape-path';
import { splitVarPath } from './var-path';

/**
 * A money amount compared with a bare number means different money in every currency: `amount >= 50000` is
 * ¥500 in CNY, $500 in USD and ¥50,000 in JPY. The comparison is pinned when an enclosing `and` also tests
 * `{"==": [{"var": "<same money>.currency"}, "CNY"]}` (what the rule builder writes); anything else is reported.
 * Paths inside map/filter/all/some/none are relative to one item (a line's `unitPrice`), inside reduce to
 * `{current, accumulator}`, as for the var checker.
 */
export function checkCurrencyPins(root: LogicNode, shape: FieldShape, report: (issue: LogicIssue) => void): void {
  visit(root, shape, new Set());

  function visit(node: LogicNode, scope: FieldShape | null, pinned: ReadonlySet<string>): void {
    if (node.kind === 'literal') return;
    if (node.kind === 'array') {
      for (const item of node.items) visit(item, scope, pinned);
      return;
    }
    const { op, args } = node;
    if (SCOPED_OPERATORS.has(op)) {
      const [list, body, ...rest] = args;
      if (list) visit(list, scope, pinned);
      const item = list ? itemShape(list, scope) : null;
      const inner: FieldShape | null =
        op === 'reduce' && item
          ? {
              kind: 'object',
              label: item.label,
              fields: { current: item, accumulator: { kind: 'record', label: item.label } },
            }
          : item;
      if (body) visit(body, inner, new Set());
      for (const arg of rest) visit(arg, scope, pinned);
      return;
    }
    let within = pinned;
    if (op === 'and' && scope) {
      const pins = args.map((arg) => currencyPin(arg, scope)).filter((p): p is string => p !== undefined);
      if (pins.length > 0) within = new Set([...pinned, ...pins]);
    }
    // Zero is zero in every currency ("has a discount", "free shipping"): only other numbers need a currency.
    if (COMPARISON_OPERATORS.has(op) && scope && args.some(isNonZeroNumber)) {
      for (const arg of args) {
        const money = moneyAmountOf(arg, scope);
        if (money !== undefined && !within.has(money))
          report({
            code: 'money-currency-unpinned',
            severity: 'warning',
            detail: logicMessage('unpinnedMoney', `${money}.amount`, `${money}.currency`),
            path: toPath(arg.at),
          });
      }
    }
    for (const arg of args) visit(arg, scope, within);
  }
}

const isNonZeroNumber = (node: LogicNode) =>
  node.kind === 'literal' && typeof node.value === 'number' && node.value !== 0;

function varSegments(node: LogicNode): string[] | undefined {
  if (node.kind !== 'operation' || node.op !== 'var') return undefined;
  const path = (node as OperationNode).args[0];
  return path?.kind === 'literal' ? (splitVarPath(path.value) ?? undefined) : undefined;
}

/** "totals.subtotal" for `{"var": "totals.subtotal.amount"}` when that is a money amount in `scope`. */
function moneyAmountOf(node: LogicNode, scope: FieldShape): string | undefined {
  const segments = varSegments(node);
  if (!segments || segments.length < 2 || segments[segments.length - 1] !== 'amount') return undefined;
  const owner = segments.slice(0, -1);
  const found = lookupShape(scope, owner);
  return found.ok && isMoneyObject(found.shape) ? owner.join('.') : undefined;
}

/** "totals.subtotal" for `{"==": [{"var": "totals.subtotal.currency"}, "CNY"]}` (either order). */
function currencyPin(node: LogicNode, scope: FieldShape): string | undefined {
  if (node.kind !== 'operation' || (node.op !== '==' && node.op !== '===') || node.args.length !== 2) return undefined;
  const [a, b] = node.args as [LogicNode, LogicNode];
  const [field, code] = a.kind === 'operation' ? [a, b] : [b, a];
  if (code.kind !== 'literal' || typeof code.value !== 'string') return undefined;
  const segments = varSegments(field);
  if (!segments || segments.length < 2 || segments[segments.length - 1] !== 'currency') return undefined;
  const owner = segments.slice(0, -1);
  const found = lookupShape(scope, owner);
  return found.ok && isMoneyObject(found.shape) ? owner.join('.') : undefined;
}

/** The shape of one item of a literal var path to a list (or a filter of one). */
function itemShape(list: LogicNode, scope: FieldShape | null): FieldShape | null {
  if (scope === null || list.kind !== 'operation') return null;
  if (list.op === 'filter' && list.args[0]) return itemShape(list.args[0], scope);
  if (list.op !== 'var') return null;
  const path = list.args[0];
  const segments = path === undefined ? [] : path.kind === 'literal' ? (splitVarPath(path.value) ?? []) : null;
  if (!segments) return null;
  const found = lookupShape(scope, segments);
  return found.ok ? itemShapeOf(found.shape) : null;
}
