import { LogicError } from './logic-error';
import { logicMessage } from './logic-message';
import type { LogicPath } from './types';

/**
 * The work done by one evaluation, counted against maxWork: array items visited and list or
 * text lengths scanned or built. A plain counter, so counting costs an add and a compare.
 */
export interface Budget {
  work: number;
  readonly max: number;
  /** True while an evaluation is using this budget (see `budgeted` in compile.ts). */
  busy: boolean;
}

export function newBudget(max: number): Budget {
  return { work: 0, max, busy: false };
}

/** Counts `amount` units of work; throws once the evaluation is over its limit. */
export function spend(budget: Budget, amount: number, path: LogicPath): void {
  if ((budget.work += amount) > budget.max) throw overBudget(budget, path);
}

export function overBudget(budget: Budget, path: LogicPath): LogicError {
  return new LogicError('logic-limit', logicMessage('overBudget', budget.max), path);
}
