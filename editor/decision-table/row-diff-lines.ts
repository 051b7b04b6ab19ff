import type { Flow, Locale } from '../../runtime/index';
import type { TableRow } from '../../nodes/decision-table/table.schema';
import type { FieldChange, NodeChange } from '../db/diff-flows';
import { describeRowChanges, diffRows } from './row-diff';

const asRows = (value: unknown): TableRow[] | null =>
  Array.isArray(value) && value.every((r) => r && typeof r === 'object') ? (value as TableRow[]) : null;

/**
 * For the version diff: a decision table's `rows` change as sentences per row, or null when the
 * change is not a table's rows. Moves warn when the newer version uses the first-hit policy.
 */
export function tableRowLines(change: NodeChange, field: FieldChange, locale: Locale, after?: Flow): string[] | null {
  if (
    change.type !== 'decision-table' ||
    field.path.length !== 2 ||
    field.path[0] !== 'config' ||
    field.path[1] !== 'rows'
  )
    return null;
  const before = asRows(field.before ?? []);
  const now = asRows(field.after ?? []);
  if (!before || !now) return null;
  const config = after?.nodes.find((n) => n.id === change.id)?.config;
  const firstHit = (config as { hitPolicy?: unknown } | undefined)?.hitPolicy === 'first';
  return describeRowChanges(diffRows(before, now), locale, firstHit);
}
