import { LogicError } from '../logic/logic-error';
import type { LogicMessage } from '../logic/logic-message';
import type { Words } from '../i18n/words';
import { EN } from './problem-words.en';
import { ZH } from './problem-words.zh';
import type { LogicWords, ValidationWords } from './validation-words';

// Everything flow validation writes for people, per locale; what each message is: validation-words.ts.

/** Words a JSONLogic message (a LogicIssue's or a LogicError's `detail`) in one language. */
export function wordLogic(message: LogicMessage, words: LogicWords): string {
  return (words[message.key] as (...args: LogicMessage['args']) => string)(...message.args);
}

/** What went wrong, for people: a LogicError worded in `words`' language, any other error as it says. */
export function errorMessage(error: unknown, words: LogicWords): string {
  if (error instanceof LogicError) return wordLogic(error.detail, words);
  return error instanceof Error ? error.message : String(error);
}

/** Every message validation writes, per locale. */
export const VALIDATION_WORDS: Words<ValidationWords> = { en: EN, zh: ZH };
