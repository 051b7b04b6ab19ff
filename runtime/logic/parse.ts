import type { LogicLimits } from './limits';
import type { LogicErrorCode, LogicIssue } from './logic-error';
import { logicMessage, type LogicMessage } from './logic-message';
import { ARITY, isOperatorName, isRefusedOperator, OPERATOR_NAMES, type OperatorName } from './operators';
import { closestName } from './suggest';
import type { LogicPath } from './types';
import { FORBIDDEN_SEGMENTS, forbiddenSegment, splitVarPath } from './var-path';

/**
 * Validation in one pass, shared by `compileLogic` (which stops at the first error) and
 * `checkLogic` (which collects everything): the expression becomes a small tree of checked nodes,
 * so nothing after this step looks at untrusted objects again.
 */

/** Where a node sits, as a parent link (cheap to build; turned into a path only for messages). */
export interface PathLink {
  readonly parent: PathLink | null;
  readonly key: string | number;
}

export function toPath(link: PathLink | null): LogicPath {
  const path: LogicPath = [];
  for (let at = link; at !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

const child = (parent: PathLink | null, key: string | number): PathLink => ({ parent, key });

export type Scalar = string | number | boolean | null | undefined;

export interface LiteralNode {
  readonly kind: 'literal';
  readonly value: Scalar;
  readonly at: PathLink | null;
}

/** A literal array: json-logic-js evaluates each item, so items may be operations. */
export interface ArrayNode {
  readonly kind: 'array';
  readonly items: readonly LogicNode[];
  readonly at: PathLink | null;
}

export interface OperationNode {
  readonly kind: 'operation';
  readonly op: OperatorName;
  /** A single argument written without brackets (`{"!": x}`) is the one item here. */
  readonly args: readonly LogicNode[];
  readonly at: PathLink | null;
}

export type LogicNode = LiteralNode | ArrayNode | OperationNode;

/** A structural problem: the parser never judges var paths, so never `logic-unknown-var`. */
export type ParseIssue = LogicIssue & { readonly code: LogicErrorCode };

/** Receives each problem as it is found; `compileLogic` throws from here. */
export type IssueSink = (issue: ParseIssue) => void;

/** Validates `expression` against the limits and builds its node tree; problems go to `sink` as codes and data. */
export function parseLogic(expression: unknown, limits: LogicLimits, sink: IssueSink): LogicNode {
  return new Parser(limits, sink).node(expression, null, 1);
}

class Parser {
  private nodes = 0;
  private reportedDepth = false;
  /** Set once maxNodes is passed: the rest of the expression is not looked at. */
  private stopped = false;

  constructor(
    private readonly limits: LogicLimits,
    private readonly sink: IssueSink,
  ) {}

  node(value: unknown, at: PathLink | null, depth: number): LogicNode {
    if (this.stopped) return hole(at);
    if (++this.nodes > this.limits.maxNodes) {
      this.stopped = true;
      this.report('logic-limit', 'error', logicMessage('logicTooManyNodes', this.limits.maxNodes), at);
      return hole(at);
    }
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'undefined':
        return { kind: 'literal', value, at };
      case 'object':
        if (value === null) return { kind: 'literal', value, at };
        break;
      default:
        this.report('logic-invalid', 'error', logicMessage('logicNotJson', typeof value), at);
        return hole(at);
    }
    // Checked before descending, so a 10,000-level expression never reaches the stack's end.
    if (depth > this.limits.maxDepth) {
      if (!this.reportedDepth) {
        this.reportedDepth = true;
        this.report('logic-limit', 'error', logicMessage('logicTooDeep', this.limits.maxDepth), at);
      }
      return hole(at);
    }
    if (Array.isArray(value)) return { kind: 'array', items: this.list(value, at, depth + 1), at };
    return this.operation(value as Record<string, unknown>, at, depth);
  }

  private list(values: readonly unknown[], at: PathLink | null, depth: number): LogicNode[] {
    const items: LogicNode[] = [];
    for (let i = 0; i < values.length && !this.stopped; i++) items.push(this.node(values[i], child(at, i), depth));
    return items;
  }

  private operation(object: Record<string, unknown>, at: PathLink | null, depth: number): LogicNode {
    const keys = Object.keys(object);
    if (keys.length !== 1) {
      this.report(
        'logic-invalid',
        'error',
        logicMessage('operationKeys', keys.slice(0, 5).map(quote), keys.length),
        at,
      );
      // Still look inside, so one report can list the problems below too.
      for (const key of keys) this.node(object[key], child(at, key), depth + 1);
      return hole(at);
    }
    const op = keys[0]!;
    // The operator first: for a bad one, that is the error to stop at.
    const known = isOperatorName(op);
    if (!known) this.unknownOperator(op, at);
    const raw = object[op];
    const argsAt = child(at, op);
    const args = Array.isArray(raw) ? this.list(raw, argsAt, depth + 1) : [this.node(raw, argsAt, depth + 1)];
    if (!known) return hole(at);
    this.checkArity(op, args, at);
    this.checkStaticPaths(op, args);
    return { kind: 'operation', op, args, at };
  }

  private unknownOperator(op: string, at: PathLink | null): void {
    if (FORBIDDEN_SEGMENTS.has(op)) {
      this.report('logic-invalid', 'error', logicMessage('forbiddenOperator', op), at);
      return;
    }
    if (isRefusedOperator(op)) {
      this.report('logic-unknown-operator', 'error', logicMessage('refusedOperator', op), at);
      return;
    }
    this.report(
      'logic-unknown-operator',
      'error',
      logicMessage('unknownOperator', quote(op), closestName(op, OPERATOR_NAMES)),
      at,
    );
  }

  private checkArity(op: OperatorName, args: readonly LogicNode[], at: PathLink | null): void {
    const arity = ARITY[op];
    if (args.length >= arity.min && args.length <= arity.max) return;
    this.report('logic-invalid', arity.hard ? 'error' : 'warning', logicMessage('arity', op, arity, args.length), at);
  }

  /** Literal var paths and `missing` keys must not name prototype machinery. */
  private checkStaticPaths(op: OperatorName, args: readonly LogicNode[]): void {
    if (op === 'var') {
      const path = args[0];
      if (path?.kind === 'literal') this.checkPath(path);
      // A computed path could read any field (and hides what a rule depends on): paths are written out. The one
      // exception is a key looked up in a named context table, which can only read that table's rows.
      else if (path !== undefined && !isTableLookup(path))
        this.report('logic-invalid', 'error', logicMessage('computedVarPath'), path.at);
    } else if (op === 'missing' || op === 'missing_some') {
      const keys = op === 'missing' ? args : args.slice(1, 2);
      for (const key of keys) {
        if (key.kind === 'literal') this.checkPath(key);
        else if (key.kind === 'array') for (const item of key.items) if (item.kind === 'literal') this.checkPath(item);
      }
    }
  }

  private checkPath(path: LiteralNode): void {
    const segments = splitVarPath(path.value);
    const bad = segments && forbiddenSegment(segments);
    if (bad !== undefined && bad !== null) {
      this.report('logic-invalid', 'error', logicMessage('forbiddenVarSegment', bad, String(path.value)), path.at);
    }
  }

  private report(
    code: LogicErrorCode,
    severity: LogicIssue['severity'],
    detail: LogicMessage,
    at: PathLink | null,
  ): void {
    this.sink({ code, severity, detail, path: toPath(at) });
  }
}

/** A key for a message: quoted, and cut short (keys come from untrusted input). */
function quote(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

/** Stands in for a part that failed validation, so checking can carry on around it. */
function hole(at: PathLink | null): LiteralNode {
  return { kind: 'literal', value: undefined, at };
}

/** A named table's prefix in a lookup path: `tables.<name>.` (the name written out, one segment). */
const TABLE_LOOKUP_PREFIX = /^tables\.[^.]+\.$/;

/** `{"cat": ["tables.<name>.", <key>]}`: a key computed at run time, looked up in one named context table. */
function isTableLookup(path: LogicNode): boolean {
  if (path.kind !== 'operation' || path.op !== 'cat' || path.args.length !== 2) return false;
  const prefix = path.args[0];
  return prefix?.kind === 'literal' && typeof prefix.value === 'string' && TABLE_LOOKUP_PREFIX.test(prefix.value);
}
