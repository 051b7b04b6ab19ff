import type { LocalText, Locale } from '../i18n/locale';

/**
 * Messages a config schema writes itself, in both languages: `.regex(re, schemaMessage(text(en, zh)))`.
 * Zod carries the English text (what English validation has always shown); validation in another
 * language looks its translation up here. Schemas are built when their modules load, so the table
 * only grows then; a message is known by its English text, the first translation given wins.
 */
const translations = new Map<string, LocalText>();

export function schemaMessage(message: LocalText): string {
  if (!translations.has(message.en)) translations.set(message.en, message);
  return message.en;
}

/** The message in `locale`, or as zod reported it when no schema declared it. */
export function translateSchemaMessage(message: string, locale: Locale): string {
  return translations.get(message)?.[locale] ?? message;
}
