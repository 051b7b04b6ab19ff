import { numberText, scalarText } from '../json/values';
import type { CompiledWhen, Test } from './compiled';
import { resolve, valuesAt, type Scope } from './scope';

/** Text compared without letter case ("PAID", "Paid" and "paid" are one). */
export const foldCase = (text: string): string => text.toLowerCase();

function present(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function passes(test: Test, values: readonly unknown[]): boolean {
  if (test.kind === 'present') return values.some(present) === test.present;
  if (test.kind === 'anyCase') return values.some((v) => typeof v === 'string' && test.texts.has(foldCase(v)));
  if (test.kind === 'range') return values.some((v) => inRange(test, numberOf(v)));
  const texts = values.map(scalarText);
  // A missing value compares as null, so `"cancelled_at": null` holds when the key is absent too.
  const matches =
    texts.some((t) => t !== undefined && test.texts.has(t)) || (test.texts.has(null) && values.length === 0);
  return test.kind === 'equals' ? matches : !matches;
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A number or digit text ("12.50") as a number; anything else (blank, "12 pcs", an object) is none. */
function numberOf(value: unknown): number | undefined {
  const text = numberText(value) ?? (typeof value === 'string' ? value.trim() : undefined);
  return text !== undefined && DECIMAL.test(text) ? Number(text) : undefined;
}

function inRange(range: Extract<Test, { kind: 'range' }>, n: number | undefined): boolean {
  if (n === undefined) return false;
  return (
    (range.gt === undefined || n > range.gt) &&
    (range.gte === undefined || n >= range.gte) &&
    (range.lt === undefined || n < range.lt) &&
    (range.lte === undefined || n <= range.lte)
  );
}

/** True when every entry holds; on a path with "*", an entry holds when any value matches ("not": none). */
export function holds(when: CompiledWhen, scope: Scope): boolean {
  for (const { path, test } of when) {
    if (!passes(test, valuesAt(path, scope))) return false;
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
