import { VALIDATION_WORDS } from '../engine/problem-words';
import type { Locale } from '../i18n/locale';
import { FORBIDDEN_KEYS } from './json';

/** Limits for untrusted JSON; the error names the limit that was hit. */
export const JSON_LIMITS = Object.freeze({ maxDepth: 100, maxTextLength: 20_000_000, maxValues: 2_000_000 });

export interface JsonIssue {
  readonly code: 'forbidden-key' | 'too-deep' | 'too-large';
  readonly message: string;
  readonly path: readonly (string | number)[];
}

/**
 * Walks parsed JSON without recursion (so hostile nesting cannot overflow the stack) and reports
 * forbidden keys, excessive depth and size. Stops after the first limit, but lists every forbidden key.
 * `locale`: the language of the messages.
 */
export function inspectJson(value: unknown, limits = JSON_LIMITS, locale: Locale = 'en'): JsonIssue[] {
  const words = VALIDATION_WORDS[locale];
  const issues: JsonIssue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  let count = 0;
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (++count > limits.maxValues) {
      issues.push({ code: 'too-large', message: words.tooManyValues(limits.maxValues), path: [] });
      return issues;
    }
    if (path.length > limits.maxDepth) {
      issues.push({ code: 'too-deep', message: words.tooDeep(limits.maxDepth), path: path.slice(0, 8) });
      return issues;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ value: current[i], path: [...path, i] });
    } else if (typeof current === 'object' && current !== null) {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({ code: 'forbidden-key', message: words.forbiddenKey(key), path: [...path, key] });
          continue;
        }
        stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return issues;
}
