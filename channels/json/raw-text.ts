import { stringify } from 'lossless-json';

/** The raw record of a result as JSON text with every number's original digits (ids above 2^53 intact). */
export function rawText(raw: unknown, indent?: number): string {
  return stringify(raw, null, indent) ?? 'null';
}
