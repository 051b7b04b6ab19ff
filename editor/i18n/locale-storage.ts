import type { Locale } from '../../runtime/index';

const KEY = 'orderflow.locale';

/** The stored choice, else the browser's language; storage can be blocked (private mode), so never throw. */
export function readStoredLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    if (stored === 'en' || stored === 'zh') return stored;
  } catch {
    /* storage unavailable: fall through */
  }
  const language = globalThis.navigator?.language ?? 'en';
  return language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function storeLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(KEY, locale);
  } catch {
    /* not persisted; the choice still applies for this session */
  }
}
