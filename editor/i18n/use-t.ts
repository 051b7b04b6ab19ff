import { useCallback } from 'react';
import type { Locale } from '../../runtime/node/define-node';
import { useEditor } from '../store/EditorProvider';
import type { MessageKey } from './messages';
import { translate, type Params } from './translate';

/** The current locale (from the editor store, persisted in localStorage). */
export function useLocale(): Locale {
  return useEditor((s) => s.locale);
}

/** `const t = useT(); t('top.errors', { n: 3 })` — re-renders when the language changes. */
export function useT(): (key: MessageKey, params?: Params) => string {
  const locale = useLocale();
  return useCallback((key: MessageKey, params?: Params) => translate(locale, key, params), [locale]);
}
