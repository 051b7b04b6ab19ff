import { createHash, randomUUID } from 'node:crypto';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every level: equal content, equal text, equal hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });
}

export const contentHash = (value: unknown): string => sha256(canonicalJson(value));

/** Random ids with a readable prefix (run_…, wait_…). */
export const newId = (prefix: string): string => `${prefix}_${randomUUID().replaceAll('-', '')}`;
