import type { Locale } from '../../runtime/index';
import { valueLabel } from '../i18n/value-labels';

const WORDS = {
  any: { en: 'any', zh: '任意' },
  not: { en: 'not ', zh: '除' },
  list: { en: ', ', zh: '、' },
} as const;

/** A bare value the UI has a word for ("vip", "douyin"); anything else (">= 500", "12%", "¥10") stays as typed. */
const word = (text: string, locale: Locale) => valueLabel(text.trim(), locale);

const list = (text: string, locale: Locale) =>
  text
    .split(',')
    .map((part) => word(part, locale))
    .join(WORDS.list[locale]);

/**
 * A table cell as the canvas card shows it: values in the UI language ("douyin, xiaohongshu" → 抖店、小红书),
 * `not(…)` as words and `-` (matches anything) as "any". The grid editor keeps showing the cell as typed.
 */
export function cardCellText(text: string, locale: Locale): string {
  const cell = text.trim();
  if (cell === '' || cell === '-') return WORDS.any[locale];
  const negated = /^not\s*\((.*)\)$/i.exec(cell);
  if (negated) return `${WORDS.not[locale]}${list(negated[1]!, locale)}`;
  // Only plain lists of words are translated; an expression with operators or quotes is shown as it is.
  return /^[\w-]+(\s*,\s*[\w-]+)*$/.test(cell) ? list(cell, locale) : cell;
}
