/**
 * Safe, fast JSONLogic: json-logic-js 2.0.5 semantics, compiled once into closures.
 *
 * Compared with json-logic-js: an allow-list of operators (no `log`, no `method`); an object with
 * other than exactly one key is an error, not a literal; `var` reads own properties only (object
 * keys, array/string indexes, and `length` of arrays and strings), never the prototype chain;
 * `__proto__`, `constructor`, `prototype` are refused as operators and var path segments;
 * nesting, size and per-evaluation work are limited ({@link LOGIC_LIMITS}); two ISO 8601 timestamps
 * with offsets are ordered by instant by `<`, `<=`, `>`, `>=` (instants.ts), not by their characters.
 *
 * Paths in errors and issues are JSON paths into the expression as written, e.g.
 * `["and", 1, ">=", 0]` (see {@link LogicPath}).
 */
export type { CompiledLogic, LogicExpression, LogicPath } from './types';
export { LOGIC_LIMITS, type LogicLimits } from './limits';
export { LogicError, type LogicErrorCode, type LogicIssue, type LogicIssueCode } from './logic-error';
export { compileLogic } from './compile';
export { checkLogic } from './check';
export { truthy } from './truthy';
