import type { Words } from '../../runtime/node/index';

/**
 * What a node writes while it runs (notes, explanations, reasons it makes up), in every language the
 * product speaks: one object of phrase functions per locale (`Words`, defined in the runtime so
 * validation shares it). Giving both the same interface makes a missing translation a type error, as
 * `LocalText` does for labels. A run picks one with its `locale` (RunOptions), so the editor shows
 * 简体中文 explanations and the CLI English ones.
 */
export type { Words };

/** How each language joins what a node lists: parts of one reason, and separate reasons. */
export interface Joining {
  /** "a, b" / "a、b" */
  readonly list: (items: readonly string[]) => string;
  /** "a; b" / "a；b" */
  readonly reasons: (items: readonly string[]) => string;
}

export const JOINING: Words<Joining> = {
  en: { list: (items) => items.join(', '), reasons: (items) => items.join('; ') },
  zh: { list: (items) => items.join('、'), reasons: (items) => items.join('；') },
};
