import type { SimRecord } from '../../../runtime/index';
import type { DatasetPageRow } from './simulation-db';

/** Pages of `pageSize` records, numbered from 0, for `datasetPages`. */
export function pagesOf(datasetId: string, records: readonly SimRecord[], pageSize: number): DatasetPageRow[] {
  const pages: DatasetPageRow[] = [];
  for (let from = 0; from < records.length; from += pageSize)
    pages.push({ datasetId, page: from / pageSize, records: records.slice(from, from + pageSize) });
  return pages;
}

/**
 * What the order picker shows for a record: its order id, "#n" for JSON without one, null for a row
 * that could not be read or holds no order object.
 */
export function recordLabel(record: SimRecord, index: number): string | null {
  if ('order' in record) return record.order.id;
  if ('error' in record || typeof record.value !== 'object' || record.value === null) return null;
  const id = (record.value as { id?: unknown }).id;
  return id === undefined || id === null ? `#${index + 1}` : String(id);
}
