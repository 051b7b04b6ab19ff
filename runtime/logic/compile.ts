import { newBudget, type Budget } from './budget';
import { buildAdd, buildDivide, buildExtreme, buildModulo, buildMultiply, buildSubtract } from './build-math';
import { buildCompare } from './build-compare';
import { buildAnd, buildIf, buildNot, buildOr, buildTruthy } from './build-control';
import { buildMissing, buildMissingSome, buildVar } from './build-data';
import { buildCat, buildIn, buildMerge, buildSubstr } from './build-lists';
import { buildAll, buildFilter, buildMap, buildNone, buildReduce, buildSome } from './build-scoped';
import { resolveLimits, type LogicLimits } from './limits';
import { LogicError } from './logic-error';
import { logicMessage } from './logic-message';
import type { OperatorName } from './operators';
import { parseLogic, toPath, type LogicNode, type OperationNode, type Scalar } from './parse';
import { constant, dynamic, type BuildContext, type Builder, type Eval, type Piece } from './piece';
import type { CompiledLogic, LogicExpression } from './types';

const BUILDERS: Readonly<Record<OperatorName, Builder>> = {
  var: buildVar,
  missing: buildMissing,
  missing_some: buildMissingSome,
  if: buildIf,
  '?:': buildIf,
  and: buildAnd,
  or: buildOr,
  '!': buildNot,
  '!!': buildTruthy,
  '==': buildCompare('=='),
  '===': buildCompare('==='),
  '!=': buildCompare('!='),
  '!==': buildCompare('!=='),
  '>': buildCompare('>'),
  '>=': buildCompare('>='),
  '<': buildCompare('<'),
  '<=': buildCompare('<='),
  '+': buildAdd,
  '-': buildSubtract,
  '*': buildMultiply,
  '/': buildDivide,
  '%': buildModulo,
  min: buildExtreme(Math.min),
  max: buildExtreme(Math.max),
  in: buildIn,
  cat: buildCat,
  substr: buildSubstr,
  merge: buildMerge,
  map: buildMap,
  filter: buildFilter,
  reduce: buildReduce,
  all: buildAll,
  some: buildSome,
  none: buildNone,
};

/**
 * Operators that read nothing but their arguments and return a scalar when given scalars: with
 * constant arguments they are evaluated once, here (`{"*": [100, 5]}` becomes 500).
 */
const FOLDABLE: ReadonlySet<OperatorName> = new Set<OperatorName>([
  'if',
  '?:',
  'and',
  'or',
  '!',
  '!!',
  '==',
  '===',
  '!=',
  '!==',
  '>',
  '>=',
  '<',
  '<=',
  '+',
  '-',
  '*',
  '/',
  '%',
  'min',
  'max',
  'cat',
  'substr',
  'in',
]);

/**
 * Compiles a JSONLogic expression once into a closure tree (no eval, no `new Function`).
 *
 * Throws a {@link LogicError} for an unknown or refused operator (`log`, `method`), an object with
 * other than one key, a forbidden key (`__proto__`, `constructor`, `prototype`) as operator name
 * or var path segment, or an expression over `maxDepth` / `maxNodes`. The compiled function
 * throws a LogicError (`logic-limit`) when one evaluation does more than `maxWork` work.
 * Results are those of json-logic-js 2.0.5, except that `var` never reads inherited properties.
 */
export function compileLogic(expression: LogicExpression, limits?: Partial<LogicLimits>): CompiledLogic {
  const resolved = resolveLimits(limits);
  const root = parseLogic(expression, resolved, (issue) => {
    // Warnings (argument counts json-logic-js tolerates) are for checkLogic; they compile.
    if (issue.severity === 'error') throw new LogicError(issue.code, issue.detail, issue.path);
  });
  const compiler = new Compiler(resolved.maxWork);
  const run = compiler.node(root).run;
  // An expression that never spends work never reads its budget: its closure is the compiled function
  // itself (one call less per evaluation).
  return compiler.spendsWork ? budgeted(run, resolved.maxWork) : (run as CompiledLogic);
}

/**
 * Gives each evaluation a fresh count without allocating: one budget per compiled expression,
 * reset per call. A re-entrant call (the same expression evaluated while it is running) gets its
 * own budget, so counts never mix.
 */
function budgeted(run: Eval, maxWork: number): CompiledLogic {
  const shared = newBudget(maxWork);
  return (data) => {
    if (shared.busy) return run(data, newBudget(maxWork));
    shared.busy = true;
    shared.work = 0;
    try {
      return run(data, shared);
    } finally {
      shared.busy = false;
    }
  };
}

class Compiler {
  spendsWork = false;
  /** Used to fold constants at compile time; counts like any evaluation. */
  private readonly scratch: Budget;

  constructor(maxWork: number) {
    this.scratch = newBudget(maxWork);
  }

  node(node: LogicNode): Piece {
    switch (node.kind) {
      case 'literal':
        return { ...constant(node.value), literal: true };
      case 'array':
        return this.array(node.items.map((item) => this.node(item)));
      case 'operation':
        return this.operation(node);
    }
  }

  /** A literal array: a fresh array on every evaluation, as json-logic-js (callers may keep it). */
  private array(items: readonly Piece[]): Piece {
    if (items.every((item) => item.constant)) {
      const values = items.map((item) => item.value as Scalar);
      return { ...dynamic(() => values.slice()), items: values };
    }
    const runs = items.map((item) => item.run);
    return dynamic((d, g) => {
      const out: unknown[] = [];
      for (let i = 0; i < runs.length; i++) out.push(runs[i]!(d, g));
      return out;
    });
  }

  private operation(node: OperationNode): Piece {
    const args = node.args.map((arg) => this.node(arg));
    let spends = false;
    const ctx: BuildContext = {
      spendsWork: () => {
        spends = true;
        return toPath(node.at);
      },
      notFinite: (value) => {
        throw new LogicError(
          'logic-invalid',
          logicMessage('notFinite', String(value), shortJson(node)),
          toPath(node.at),
        );
      },
    };
    const piece = BUILDERS[node.op](args, ctx);
    if (FOLDABLE.has(node.op) && !piece.constant && args.every((arg) => arg.constant)) {
      this.scratch.work = 0;
      return constant(piece.run(undefined, this.scratch));
    }
    if (spends) this.spendsWork = true;
    return piece;
  }
}

/** The operation as written, cut short for a message. */
function shortJson(node: OperationNode): string {
  const text = JSON.stringify(source(node)) ?? '?';
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}

/** Rebuilds the JSON of a parsed node (parse keeps no copy of the source). */
function source(node: LogicNode): unknown {
  if (node.kind === 'literal') return node.value;
  if (node.kind === 'array') return node.items.map(source);
  return { [node.op]: node.args.map(source) };
}
