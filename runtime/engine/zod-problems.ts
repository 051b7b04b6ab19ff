import type { z } from 'zod';
import type { Locale } from '../i18n/locale';
import type { Problem, ProblemCode } from './problem';
import { VALIDATION_WORDS } from './problem-words';
import type { SchemaSubject, ValidationWords } from './validation-words';

/**
 * What to pass to `schema.safeParse(value, …)` when its issues become problems: a per-parse error map
 * that words zod's messages in `locale` (English is zod's own) and calls a missing field missing.
 * Zod asks a per-parse map only for issues whose schema wrote no message of its own, so those keep theirs.
 */
export function zodParseOptions(locale: Locale = 'en'): z.core.ParseContext<z.core.$ZodIssue> {
  return PARSE_OPTIONS[locale];
}

function errorMap(words: ValidationWords): z.core.$ZodErrorMap {
  return (issue) =>
    // zod words a missing field as a type error; people think of it as "missing". JSON has no
    // undefined, so a type issue with undefined input is a field that is not there.
    issue.code === 'invalid_type' && issue.input === undefined
      ? words.missing(issue.expected)
      : words.schemaIssue(issue);
}

const PARSE_OPTIONS: { readonly [L in Locale]: z.core.ParseContext<z.core.$ZodIssue> } = {
  en: Object.freeze({ error: errorMap(VALIDATION_WORDS.en) }),
  zh: Object.freeze({ error: errorMap(VALIDATION_WORDS.zh) }),
};

/**
 * Turns zod issues into problems rooted at `base` (the JSON path of the validated value). Parse with
 * `zodParseOptions(locale)` and give the same locale here: the map words zod's messages (and missing
 * fields), this adds the field and words the messages the runtime's schemas write themselves.
 */
export function zodProblems(
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  base: readonly (string | number)[],
  extra: { code?: ProblemCode; nodeId?: string; edgeId?: string; what?: SchemaSubject; locale?: Locale } = {},
): Problem[] {
  const locale = extra.locale ?? 'en';
  const words = VALIDATION_WORDS[locale];
  return error.issues.map((issue) => {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const field = issue.path.length ? issue.path.join('.') : words.subject(extra.what ?? 'value');
    return {
      code: extra.code ?? 'schema',
      severity: 'error' as const,
      message: words.fieldProblem(field, ownTranslation(issue, locale) ?? words.customMessage(issue.message)),
      path,
      ...(extra.nodeId ? { nodeId: extra.nodeId } : {}),
      ...(extra.edgeId ? { edgeId: extra.edgeId } : {}),
    };
  });
}

/**
 * A check that words its message from the value (`currency USD differs from …`) cannot be looked up by
 * its English text: it brings its translation in its issue's params, `{ zh: "…" }`.
 */
function ownTranslation(issue: z.core.$ZodIssue, locale: Locale): string | undefined {
  if (locale === 'en' || issue.code !== 'custom') return undefined;
  const translated: unknown = issue.params?.[locale];
  return typeof translated === 'string' ? translated : undefined;
}
