import type { Problem } from '../../runtime/index';
import type { Side } from './table-model';

/**
 * The flow problems that point into this table, sorted by where the grid shows them: on a cell
 * (`rows[r].when[id]`), on a row (`rows[r]`), on a column (`inputs[i]`/`outputs[i]`), or above it.
 */
export interface TableProblems {
  readonly cell: (r: number, side: Side, id: string) => readonly Problem[];
  readonly row: (r: number) => readonly Problem[];
  readonly column: (side: Side, index: number) => readonly Problem[];
  readonly table: readonly Problem[];
}

export function sortTableProblems(
  problems: readonly Problem[],
  configPath: readonly (string | number)[],
): TableProblems {
  const cells = new Map<string, Problem[]>();
  const rows = new Map<number, Problem[]>();
  const columns = new Map<string, Problem[]>();
  const table: Problem[] = [];
  const add = <K>(map: Map<K, Problem[]>, key: K, p: Problem) => map.set(key, [...(map.get(key) ?? []), p]);
  for (const p of problems) {
    const inConfig = configPath.every((part, i) => p.path[i] === part);
    if (!inConfig) continue;
    const [head, a, side, id] = p.path.slice(configPath.length);
    if (head === 'rows' && typeof a === 'number' && (side === 'when' || side === 'then') && typeof id === 'string')
      add(cells, `${a}/${side}/${id}`, p);
    else if (head === 'rows' && typeof a === 'number') add(rows, a, p);
    else if ((head === 'inputs' || head === 'outputs') && typeof a === 'number')
      add(columns, `${head === 'inputs' ? 'when' : 'then'}/${a}`, p);
    else table.push(p);
  }
  const none: readonly Problem[] = [];
  return {
    cell: (r, s, i) => cells.get(`${r}/${s}/${i}`) ?? none,
    row: (r) => rows.get(r) ?? none,
    column: (s, i) => columns.get(`${s}/${i}`) ?? none,
    table,
  };
}
