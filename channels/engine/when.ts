import { scalarText } from '../json/values';
import type { CompiledWhen, Test } from './compiled';
import { resolve, type Scope } from './scope';

function present(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function passes(test: Test, values: readonly unknown[]): boolean {
  if (test.kind === 'present') return values.some(present) === test.present;
  const texts = values.map(scalarText);
  // A missing value compares as null, so `"cancelled_at": null` holds when the key is absent too.
  const matches =
    texts.some((t) => t !== undefined && test.texts.has(t)) || (test.texts.has(null) && values.length === 0);
  return test.kind === 'equals' ? matches : !matches;
}

/** True when every entry holds; on a path with "*", an entry holds when any value matches ("not": none). */
export function holds(when: CompiledWhen, scope: Scope): boolean {
  for (const { path, test } of when) {
    if (
      !passes(
        test,
        resolve(path, scope).map((hit) => hit.value),
      )
    )
      return false;
  }
  return true;
}

/** "financial_status=authorized, fulfillment_status=null" — what the rules looked at, for a refusal message. */
export function describeInputs(whens: readonly CompiledWhen[], scope: Scope): string {
  const seen = new Map<string, string>();
  for (const when of whens) {
    for (const { path } of when) {
      if (seen.has(path.text)) continue;
      const values = resolve(path, scope).map((hit) => scalarText(hit.value));
      seen.set(
        path.text,
        values.length === 0
          ? 'missing'
          : values.map((v) => (v === undefined ? '{…}' : v === null ? 'null' : JSON.stringify(v))).join('|'),
      );
    }
  }
  return [...seen]
    .slice(0, 8)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
