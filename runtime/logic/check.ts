import type { FieldShape } from '../order/facts';
import { checkCurrencyPins } from './check-currency';
import { checkVars } from './check-vars';
import { resolveLimits, type LogicLimits } from './limits';
import type { LogicIssue } from './logic-error';
import { parseLogic } from './parse';
import type { LogicExpression } from './types';

export interface CheckOptions {
  /** The expression only ever runs for orders in this currency (a node's own `currency`), so amounts need no pin. */
  readonly currency?: string;
}

/**
 * Reports every problem in an expression, for the editor and flow validation; never throws for
 * a bad expression. Errors (unknown operator, malformed, over a limit) are exactly what makes
 * `compileLogic` throw. Warnings: argument counts json-logic-js tolerates but that are almost
 * certainly mistakes, and, given `shape`, `var` paths that read nothing
 * ("customer.teir is not a field of the order; did you mean customer.tier?") and money objects
 * compared or computed with as if they were numbers, and money amounts compared with a number where no currency
 * is pinned. Issues carry codes and data; the caller words them (`wordLogic`).
 */
export function checkLogic(
  expression: LogicExpression,
  shape?: FieldShape,
  limits?: Partial<LogicLimits>,
  options: CheckOptions = {},
): LogicIssue[] {
  const issues: LogicIssue[] = [];
  const root = parseLogic(expression, resolveLimits(limits), (issue) => issues.push(issue));
  if (shape) checkVars(root, shape, (issue) => issues.push(issue));
  if (shape && !options.currency) checkCurrencyPins(root, shape, (issue) => issues.push(issue));
  return issues;
}
