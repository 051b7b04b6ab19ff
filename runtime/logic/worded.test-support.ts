/** For tests: logic reports codes and data; these word them as the validator and the run loop do, in English. */
import { errorMessage, VALIDATION_WORDS, wordLogic } from '../engine/problem-words';
import type { LogicMessage } from './logic-message';

export const english = (issue: { readonly detail: LogicMessage }): string =>
  wordLogic(issue.detail, VALIDATION_WORDS.en);

/** What a person is told about the error `run` throws (fails the test when nothing is thrown). */
export function thrownWords(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return errorMessage(error, VALIDATION_WORDS.en);
  }
  throw new Error('expected an error, but nothing was thrown');
}
