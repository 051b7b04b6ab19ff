import type { Locale } from '../../runtime/index';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/** A moment as people of the UI language write it ("2026年12月7日 09:18", "Dec 7, 2026, 9:18 AM"). */
export function formatDateTime(when: string | number | Date, locale: Locale): string {
  const date = new Date(when);
  if (Number.isNaN(date.getTime())) return String(when);
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(locale, format);
  }
  return format.format(date);
}
