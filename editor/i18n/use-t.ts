import { useCallback } from 'react';
import type { Locale, LocalText } from '../../runtime/index';
import { useEditor } from '../store/EditorProvider';
import type { MessageKey } from './messages';
import { fillPlaceholders, translate, type Params } from './translate';

/** The current locale (from the editor store, persisted in localStorage). */
export function useLocale(): Locale {
  return useEditor((s) => s.locale);
}

/** `const t = useT(); t('top.errors', { n: 3 })` — re-renders when the language changes. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const locale = useLocale();
  return useCallback((key: MessageKey, params?: Params) => translate(locale, key, params), [locale]);
}

/**
 * `t` over a panel's own dictionary (simulation, channels…), in the editor's current language:
 * each panel keeps its strings beside its code and shares this one lookup.
 */
export function useDictionary<K extends string>(
  messages: Readonly<Record<K, LocalText>>,
): (key: K, params?: Params) => string {
  const locale = useLocale();
  return useCallback((key: K, params?: Params) => fillPlaceholders(messages[key][locale], params), [messages, locale]);
}
