import { logicMessageText, type LogicMessage } from './logic-message';
import type { LogicPath } from './types';

/** Why an expression cannot be compiled or evaluated. */
export type LogicErrorCode = 'logic-unknown-operator' | 'logic-invalid' | 'logic-limit';

/** What `checkLogic` can report; `logic-unknown-var` and `money-currency-unpinned` are only ever warnings. */
export type LogicIssueCode = LogicErrorCode | 'logic-unknown-var' | 'money-currency-unpinned';

/**
 * One problem found by `checkLogic`. `path` points into the expression (see {@link LogicPath}); `detail` is
 * what is wrong as data, worded by the caller (`wordLogic` in runtime/engine/problem-words.ts).
 */
export interface LogicIssue {
  readonly code: LogicIssueCode;
  readonly severity: 'error' | 'warning';
  readonly detail: LogicMessage;
  readonly path: LogicPath;
}

/**
 * Thrown by `compileLogic` for a bad expression and by a compiled expression that runs over its
 * work budget. `detail` names what is wrong (the operator, the limit and its value) as data; the Error's own
 * message is a language-free rendering of it, and the engine words it for people.
 */
export class LogicError extends Error {
  override readonly name = 'LogicError';
  readonly code: LogicErrorCode;
  /** Where in the expression: a JSON path, e.g. `["and", 1, ">=", 0]`. */
  readonly path: LogicPath;
  readonly detail: LogicMessage;

  constructor(code: LogicErrorCode, detail: LogicMessage, path: LogicPath = []) {
    super(`${code}: ${logicMessageText(detail)}`);
    this.code = code;
    this.detail = detail;
    this.path = path;
  }
}
