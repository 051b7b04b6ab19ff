import type { LogicPath } from './types';

/** Why an expression cannot be compiled or evaluated. */
export type LogicErrorCode = 'logic-unknown-operator' | 'logic-invalid' | 'logic-limit';

/** What `checkLogic` can report; `logic-unknown-var` and `money-currency-unpinned` are only ever warnings. */
export type LogicIssueCode = LogicErrorCode | 'logic-unknown-var' | 'money-currency-unpinned';

/** One problem found by `checkLogic`. `path` points into the expression (see {@link LogicPath}). */
export interface LogicIssue {
  readonly code: LogicIssueCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly path: LogicPath;
}

/**
 * Thrown by `compileLogic` for a bad expression and by a compiled expression that runs over its
 * work budget. The message names what is wrong (the operator, the limit and its value).
 */
export class LogicError extends Error {
  override readonly name = 'LogicError';
  readonly code: LogicErrorCode;
  /** Where in the expression: a JSON path, e.g. `["and", 1, ">=", 0]`. */
  readonly path: LogicPath;

  constructor(code: LogicErrorCode, message: string, path: LogicPath = []) {
    super(message);
    this.code = code;
    this.path = path;
  }
}
