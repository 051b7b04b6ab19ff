import type { Locale } from '../../runtime/index';

declare global {
  var _VSCODE_NLS_MESSAGES: unknown;
}

let chinese: unknown;

/**
 * Monaco's own words (find widget, context menu, hovers) in the UI language, from the zh-cn table the
 * monaco-editor package ships (bundled: no CDN). Monaco reads the table each time it builds a widget,
 * so this runs before Monaco loads and again on a language switch; without a table it speaks English.
 */
export async function setMonacoLocale(locale: Locale): Promise<void> {
  if (locale === 'zh') {
    if (chinese === undefined) {
      await import('monaco-editor/nls/lang/zh-cn');
      chinese = globalThis._VSCODE_NLS_MESSAGES;
    }
    globalThis._VSCODE_NLS_MESSAGES = chinese;
  } else {
    globalThis._VSCODE_NLS_MESSAGES = undefined;
  }
}

/** Keeps Monaco's words in step with <html lang> once Monaco is on the page (widgets made later follow). */
export function followPageLanguage(): () => void {
  const observer = new MutationObserver(
    () => void setMonacoLocale(document.documentElement.lang.startsWith('zh') ? 'zh' : 'en'),
  );
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}
