import type { RunFilter } from './types/index';

/**
 * The WHERE clause and its parameters for a run-history filter, newest first with keyset paging. Both
 * stores write `?` placeholders (the PostgreSQL store numbers them when it sends the query).
 */
export function runFilterSql(filter: RunFilter): { readonly clause: string; readonly params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.flowId !== undefined) add('flow_id = ?', filter.flowId);
  if (filter.flowVersion !== undefined) add('flow_version = ?', filter.flowVersion);
  if (filter.status !== undefined) add('status = ?', filter.status);
  if (filter.channel !== undefined) add('channel = ?', filter.channel);
  if (filter.from !== undefined) add('created_at >= ?', filter.from);
  if (filter.to !== undefined) add('created_at < ?', filter.to);
  if (filter.before !== undefined) {
    where.push('(created_at < ? OR (created_at = ? AND id < ?))');
    params.push(filter.before.createdAt, filter.before.createdAt, filter.before.id);
  }
  return { clause: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
