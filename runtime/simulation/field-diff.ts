import type { RunResult } from '../engine/types';
import { outcomeFields, type FieldValue } from './outcome-fields';

export interface FieldDiff {
  readonly field: string;
  readonly before: FieldValue;
  readonly after: FieldValue;
}

/** Where two runs of the same order differ (status, decision, total, discounts, gifts, tags, holds, route, attributes). */
export function compareResults(a: RunResult, b: RunResult): FieldDiff[] {
  const before = outcomeFields(a);
  const after = outcomeFields(b);
  const diffs: FieldDiff[] = [];
  const seen = new Set<string>();
  for (const field of [...Object.keys(before), ...Object.keys(after)]) {
    if (seen.has(field)) continue;
    seen.add(field);
    const x = Object.hasOwn(before, field) ? before[field]! : null;
    const y = Object.hasOwn(after, field) ? after[field]! : null;
    if (x !== y) diffs.push({ field, before: x, after: y });
  }
  return diffs;
}
