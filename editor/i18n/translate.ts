import type { Locale } from '../../runtime/index';
import { messages, type MessageKey } from './messages';

export type Params = Readonly<Record<string, string | number>>;

/**
 * Looks a key up and fills `{name}` placeholders; unknown placeholders stay visible so mistakes show.
 * English needs a singular: when `n` is 1 and a `<key>.one` entry exists, that one is used.
 */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const one = `${key}.one`;
  const chosen = params?.n === 1 && Object.hasOwn(messages, one) ? (one as MessageKey) : key;
  return fillPlaceholders(messages[chosen][locale], params);
}

/** Fills `{name}` placeholders from params; every panel's dictionary formats its messages with this. */
export function fillPlaceholders(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
