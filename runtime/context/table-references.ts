import type { Flow } from '../flow/flow.schema';
import type { Problem } from '../engine/problem';
import type { RunContext } from './context.schema';

/*
 * A flow reads lookup tables by name: `tables.<name>` in a condition's var paths, `lookup.table` in a
 * decision table's column. Tables live in the context, not the flow, so the reference is checked when
 * both are known (the CLI's --context, a data set's context in the editor): a missing table would
 * otherwise read as "no value" on every order, silently.
 */

interface Reference {
  readonly table: string;
  readonly path: readonly (string | number)[];
  /** A decision-table column declares the values it expects. */
  readonly type?: string;
}

const VAR_PATH = /^tables\.([A-Za-z][A-Za-z0-9_]*)(?:\.|$)/;

function collect(value: unknown, path: (string | number)[], out: Reference[]): void {
  if (typeof value === 'string') {
    const m = VAR_PATH.exec(value);
    if (m) out.push({ table: m[1]!, path });
    return;
  }
  if (Array.isArray(value)) return value.forEach((item, i) => collect(item, [...path, i], out));
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const lookup = record.lookup as { table?: unknown } | undefined;
  if (lookup && typeof lookup === 'object' && typeof lookup.table === 'string') {
    const type = typeof record.type === 'string' ? { type: record.type } : {};
    out.push({ table: lookup.table, path: [...path, 'lookup', 'table'], ...type });
  }
  for (const [key, item] of Object.entries(record)) if (key !== 'lookup') collect(item, [...path, key], out);
}

/** Every lookup table the flow reads that the context lacks, or holds with other values than declared. */
export function checkTableReferences(flow: Flow, context: RunContext): Problem[] {
  const problems: Problem[] = [];
  flow.nodes.forEach((node, index) => {
    const refs: Reference[] = [];
    collect(node.config, ['nodes', index, 'config'], refs);
    for (const ref of refs) {
      const table = Object.hasOwn(context.tables, ref.table) ? context.tables[ref.table] : undefined;
      const known = Object.keys(context.tables);
      if (!table)
        problems.push({
          code: 'invalid-context',
          severity: 'error',
          nodeId: node.id,
          path: ref.path,
          message: `node ${node.id} reads the lookup table "${ref.table}", which the context does not have (${
            known.length > 0 ? `it has ${known.join(', ')}` : 'it has no tables'
          })`,
        });
      else if (ref.type !== undefined && ref.type !== table.value)
        problems.push({
          code: 'invalid-context',
          severity: 'error',
          nodeId: node.id,
          path: ref.path,
          message: `node ${node.id} reads "${ref.table}" as ${ref.type} values, but the table holds ${table.value} values`,
        });
    }
  });
  return problems;
}
