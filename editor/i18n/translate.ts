import type { Locale } from '../../runtime/node/define-node';
import { messages, type MessageKey } from './messages';

export type Params = Readonly<Record<string, string | number>>;

/** Looks a key up and fills `{name}` placeholders; unknown placeholders stay visible so mistakes show. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template: string = messages[key][locale];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
