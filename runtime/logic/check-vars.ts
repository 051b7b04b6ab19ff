import type { FieldShape } from '../order/facts';
import type { LogicIssue } from './logic-error';
import { logicMessage, type UnknownFieldReason } from './logic-message';
import { ARITHMETIC_OPERATORS, COMPARISON_OPERATORS, SCOPED_OPERATORS } from './operators';
import { toPath, type LiteralNode, type LogicNode, type OperationNode } from './parse';
import { fieldPaths, isMoneyObject, itemShapeOf, lookupShape } from './shape-path';
import { closestName } from './suggest';
import { forbiddenSegment, splitVarPath } from './var-path';

/**
 * Checks literal `var` paths (and `missing` keys) against the shape of the data, following scopes:
 * inside the 2nd argument of map/filter/all/some/none, paths are relative to one item of the list;
 * inside reduce, to `{current, accumulator}`. Where the data is unknown (a computed list, a
 * free-form record) nothing is reported: only paths that are sure to read nothing are.
 */
export function checkVars(root: LogicNode, shape: FieldShape, report: (issue: LogicIssue) => void): void {
  const top = scopeOf(shape);
  new VarChecker(report, top).visit(root, top);
}

/** The data a path is relative to; its label names it in messages ("the order"). */
interface Scope {
  readonly shape: FieldShape;
}

const scopeOf = (shape: FieldShape | null): Scope | null => (shape === null ? null : { shape });

const ANYTHING: FieldShape = { kind: 'record', label: { en: 'Value', zh: '值' } };

/** What `var` reads inside a reduce: the item as `current`, the running value as `accumulator`. */
function reduceScope(item: FieldShape | null): Scope {
  return scopeOf({
    kind: 'object',
    label: { en: 'Reduce step', zh: '归约步骤' },
    fields: { current: item ?? ANYTHING, accumulator: ANYTHING },
  })!;
}

class VarChecker {
  constructor(
    private readonly report: (issue: LogicIssue) => void,
    /** The data the whole expression reads (the facts), as opposed to an item inside map/filter/reduce. */
    private readonly top: Scope | null,
  ) {}

  visit(node: LogicNode, scope: Scope | null): void {
    if (node.kind === 'literal') return;
    if (node.kind === 'array') {
      for (const item of node.items) this.visit(item, scope);
      return;
    }
    const { op, args } = node;
    if (op === 'var') {
      const path = args[0];
      if (path?.kind === 'literal') this.checkPath(path, scope);
      // The whole facts record holds the run's own outcome: stored (set-field) it would contain itself.
      if (scope !== null && scope === this.top && literalVarPath(node) === null)
        this.report({
          code: 'logic-invalid',
          severity: 'error',
          detail: logicMessage('wholeDataVar'),
          path: toPath(node.at),
        });
    } else if (op === 'missing' || op === 'missing_some') {
      for (const key of op === 'missing' ? args : args.slice(1, 2)) {
        if (key.kind === 'literal') this.checkPath(key, scope);
        else if (key.kind === 'array')
          for (const item of key.items) if (item.kind === 'literal') this.checkPath(item, scope);
      }
    } else if (SCOPED_OPERATORS.has(op)) {
      const [list, body, ...rest] = args;
      if (list) this.visit(list, scope);
      const item = list ? this.itemShape(list, scope) : null;
      if (body) this.visit(body, op === 'reduce' ? reduceScope(item) : scopeOf(item));
      for (const arg of rest) this.visit(arg, scope);
      return;
    } else if (COMPARISON_OPERATORS.has(op) || ARITHMETIC_OPERATORS.has(op)) {
      for (const arg of args) this.checkMoney(arg, scope, COMPARISON_OPERATORS.has(op) ? 'compare' : 'use');
    }
    for (const arg of args) this.visit(arg, scope);
  }

  /** The shape of one item of `list`: known for a literal var path to a list, or a filter of one. */
  private itemShape(list: LogicNode, scope: Scope | null): FieldShape | null {
    if (scope === null || list.kind !== 'operation') return null;
    if (list.op === 'filter' && list.args[0]) return this.itemShape(list.args[0], scope);
    const segments = literalVarPath(list);
    if (segments === undefined) return null;
    const found = segments === null ? { ok: true as const, shape: scope.shape } : lookupShape(scope.shape, segments);
    return found.ok ? itemShapeOf(found.shape) : null;
  }

  private checkPath(path: LiteralNode, scope: Scope | null): void {
    if (scope === null) return;
    const segments = splitVarPath(path.value);
    // A forbidden segment is already an error; one report is enough.
    if (segments === null || forbiddenSegment(segments) !== undefined) return;
    const found = lookupShape(scope.shape, segments);
    if (found.ok) return;
    this.report({
      code: 'logic-unknown-var',
      severity: 'warning',
      detail: logicMessage(
        'unknownField',
        segments.join('.'),
        scope.shape.label,
        unknownFieldReason(segments, found.index, found.parent, scope),
      ),
      path: toPath(path.at),
    });
  }

  /** `{">=": [{"var": "totals.subtotal"}, 50000]}` compares `{amount, currency}`, never a number. */
  private checkMoney(arg: LogicNode, scope: Scope | null, verb: 'compare' | 'use'): void {
    if (scope === null) return;
    const segments = literalVarPath(arg);
    if (!segments) return;
    const found = lookupShape(scope.shape, segments);
    if (!found.ok || !isMoneyObject(found.shape)) return;
    this.report({
      code: 'logic-invalid',
      severity: 'warning',
      detail: logicMessage('moneyField', segments.join('.'), verb),
      path: toPath(arg.at),
    });
  }
}

/** The split path of `{"var": "literal"}` (null: the whole data); undefined for anything else. */
function literalVarPath(node: LogicNode): string[] | null | undefined {
  if (node.kind !== 'operation' || node.op !== 'var') return undefined;
  const path = (node as OperationNode).args[0];
  if (path === undefined) return null;
  return path.kind === 'literal' ? splitVarPath(path.value) : undefined;
}

/** Why a path reads nothing, for the message: what the part it stopped at is, or a nearby field. */
function unknownFieldReason(
  segments: readonly string[],
  index: number,
  parent: FieldShape,
  scope: Scope,
): UnknownFieldReason {
  const prefix = index === 0 ? null : segments.slice(0, index).join('.');
  switch (parent.kind) {
    case 'object':
      return { kind: 'object', guess: suggestPath(segments, index, parent, scope.shape) };
    case 'array':
      return { kind: 'array', prefix };
    case 'strings':
      return { kind: 'strings', prefix };
    default:
      return { kind: 'leaf', prefix, shape: parent.kind };
  }
}

/** A nearby field among the siblings, else a field of that name anywhere in the shape. */
function suggestPath(
  segments: readonly string[],
  index: number,
  parent: FieldShape & { kind: 'object' },
  root: FieldShape,
): string | undefined {
  const wrong = segments[index]!;
  const rest = segments.slice(index + 1);
  const sibling = closestName(wrong, Object.keys(parent.fields));
  if (sibling !== undefined) return completePath([...segments.slice(0, index), sibling], rest, root);
  const everywhere = fieldPaths(root);
  const name = closestName(
    wrong,
    everywhere.map((field) => field.path[field.path.length - 1]!),
  );
  const match = name === undefined ? undefined : everywhere.find((field) => field.path[field.path.length - 1] === name);
  if (match === undefined) return undefined;
  if (rest.length === 0 && isMoneyObject(match.shape)) return [...match.path, 'amount'].join('.');
  return completePath(match.path, rest, root);
}

/** The corrected path with the rest of the original, if that resolves; else just the correction. */
function completePath(fixed: readonly string[], rest: readonly string[], root: FieldShape): string {
  const whole = [...fixed, ...rest];
  return (lookupShape(root, whole).ok ? whole : fixed).join('.');
}
