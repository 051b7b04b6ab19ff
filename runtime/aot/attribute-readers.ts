import type { PlanNode } from '../engine/compile';
import { splitVarPath } from '../logic/var-path';

/*
 * Whether anything can read the facts' attributes after a node: then a built module's set-field must
 * refresh them (rt.setAttribute); otherwise writing the outcome is all the run's result shows
 * (rt.setOutcomeAttribute), and the merged copy of the order's attributes is never built.
 */

/**
 * True when a node reached from `node`'s exits (itself included, if a path comes back) may read the
 * facts' attributes: its type does not declare `attributesOnlyThroughLogic`, or one of its
 * `logic(config)` expressions may read them.
 */
export function attributesReadAfter(node: PlanNode, configOf: (node: PlanNode) => unknown): boolean {
  const seen = new Set<PlanNode>();
  const pending = node.exits.map((exit) => exit.next);
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined || seen.has(next)) continue;
    seen.add(next);
    if (next.definition.attributesOnlyThroughLogic !== true) return true;
    const entries = next.definition.logic(configOf(next) as never);
    if (entries.some((entry) => mayReadAttributes(entry.expression))) return true;
    for (const exit of next.exits) pending.push(exit.next);
  }
  return false;
}

const READS = new Set(['var', 'missing', 'missing_some']);

/**
 * Whether a JSONLogic expression may read `attributes` from its data: a `var` / `missing` /
 * `missing_some` whose paths are not all literal, or name the whole data, or start at `attributes`.
 * Conservative: a read inside a loop body (of an item, not the facts) counts too.
 */
export function mayReadAttributes(expression: unknown): boolean {
  if (Array.isArray(expression)) return expression.some(mayReadAttributes);
  if (typeof expression !== 'object' || expression === null) return false;
  const keys = Object.keys(expression);
  if (keys.length !== 1) return true; // not an operation compileLogic takes: assume the worst
  const op = keys[0]!;
  const raw = (expression as Record<string, unknown>)[op];
  if (!READS.has(op)) return mayReadAttributes(raw);
  const args: readonly unknown[] = Array.isArray(raw) ? raw : [raw];
  if (args.length === 0) return true; // `{"var": []}`: the whole data
  return args.some(namesAttributes);
}

/** A path argument (or anything under one) that is computed, the whole data, or under `attributes`. */
function namesAttributes(arg: unknown): boolean {
  if (Array.isArray(arg)) return arg.length === 0 || arg.some(namesAttributes);
  if (typeof arg === 'object' && arg !== null) return true; // a computed path
  if (typeof arg !== 'string' && typeof arg !== 'number') return arg === undefined || arg === null;
  const segments = splitVarPath(arg);
  return segments === null || segments[0] === 'attributes';
}
