import type { DecisionTableConfig, InputColumn, OutputColumn, TableRow } from '../../nodes/decision-table/table.schema';

/*
 * The grid's view of a decision table: one flat list of columns (inputs, then outputs) so the
 * keyboard and paste can move across both, and pure edits that return a new config. Every edit
 * keeps cells keyed by column id, so moving or deleting a column never shifts another's cells.
 */

export type TableConfig = DecisionTableConfig;
export type Side = 'when' | 'then';
export interface GridColumn {
  readonly side: Side;
  readonly id: string;
  readonly column: InputColumn | OutputColumn;
}

/** The config as stored may be half-typed (a draft); the grid reads it with safe defaults. */
export function readTable(raw: unknown): TableConfig {
  const c = (raw && typeof raw === 'object' ? raw : {}) as Partial<TableConfig>;
  const rows = Array.isArray(c.rows) ? c.rows : [];
  return {
    hitPolicy: c.hitPolicy ?? 'unique',
    aggregate: c.aggregate ?? 'list',
    priorityBy: c.priorityBy ?? '',
    perLine: c.perLine ?? false,
    inputs: Array.isArray(c.inputs) ? c.inputs : [],
    outputs: Array.isArray(c.outputs) ? c.outputs : [],
    rows: rows.map((r) => ({ when: r?.when ?? {}, then: r?.then ?? {}, note: r?.note ?? '' })),
  };
}

export function gridColumns(t: TableConfig): GridColumn[] {
  return [
    ...t.inputs.map((column) => ({ side: 'when' as const, id: column.id, column })),
    ...t.outputs.map((column) => ({ side: 'then' as const, id: column.id, column })),
  ];
}

export function cellText(row: TableRow | undefined, col: GridColumn): string {
  return row?.[col.side][col.id] ?? '';
}

function withCell(row: TableRow, col: GridColumn, text: string): TableRow {
  const cells = { ...row[col.side] };
  if (text.trim() === '') delete cells[col.id];
  else cells[col.id] = text;
  return { ...row, [col.side]: cells };
}

export function setCell(t: TableConfig, r: number, c: number, text: string): TableConfig {
  return pasteGrid(t, r, c, [[text]]);
}

/** Fills a block of cells from (r, c); rows are added as needed, columns past the last are dropped. */
export function pasteGrid(t: TableConfig, r: number, c: number, block: readonly (readonly string[])[]): TableConfig {
  const cols = gridColumns(t);
  const rows = [...t.rows];
  block.forEach((line, i) => {
    let row = rows[r + i] ?? { when: {}, then: {}, note: '' };
    line.forEach((text, j) => {
      const col = cols[c + j];
      if (col) row = withCell(row, col, text);
    });
    rows[r + i] = row;
  });
  return { ...t, rows };
}

export function emptyRow(): TableRow {
  return { when: {}, then: {}, note: '' };
}

export function insertRow(t: TableConfig, at: number): TableConfig {
  const rows = [...t.rows];
  rows.splice(at, 0, emptyRow());
  return { ...t, rows };
}

export function duplicateRow(t: TableConfig, r: number): TableConfig {
  const row = t.rows[r];
  if (!row) return t;
  const rows = [...t.rows];
  rows.splice(r + 1, 0, structuredClone(row));
  return { ...t, rows };
}

export function deleteRow(t: TableConfig, r: number): TableConfig {
  return { ...t, rows: t.rows.filter((_, i) => i !== r) };
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  if (to < 0 || to >= out.length || from === to) return out;
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item as T);
  return out;
}

export function moveRow(t: TableConfig, r: number, to: number): TableConfig {
  return { ...t, rows: move(t.rows, r, to) };
}

function listOf(t: TableConfig, side: Side): 'inputs' | 'outputs' {
  return side === 'when' ? 'inputs' : 'outputs';
}

/** Moves a column within its side (inputs stay inputs). */
export function moveColumn(t: TableConfig, side: Side, from: number, to: number): TableConfig {
  const key = listOf(t, side);
  return { ...t, [key]: move(t[key] as readonly (InputColumn | OutputColumn)[], from, to) };
}

/** A column id not used on either side: `${base}`, `${base}2`, … */
export function freshColumnId(t: TableConfig, base: string): string {
  const used = new Set([...t.inputs, ...t.outputs].map((c) => c.id));
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

export function addInput(t: TableConfig, field: string): TableConfig {
  const id = freshColumnId(
    t,
    field
      .split('.')
      .filter((s) => s !== 'amount')
      .pop()
      ?.replace(/[^A-Za-z0-9_-]/g, '') || 'in',
  );
  const column: InputColumn = { id, label: '', field, timeZone: '+08:00' };
  return { ...t, inputs: [...t.inputs, column] };
}

export function addOutput(t: TableConfig, kind: OutputColumn['kind']): TableConfig {
  const column: OutputColumn = {
    id: freshColumnId(t, kind),
    label: '',
    kind,
    name: '',
    type: 'string',
    stacking: 'stackable',
    priority: 0,
    reason: '',
    values: [],
  };
  return { ...t, outputs: [...t.outputs, column] };
}

/** A copy of the column with a fresh id, its cells copied in every row, placed right after it. */
export function duplicateColumn(t: TableConfig, side: Side, index: number): TableConfig {
  const key = listOf(t, side);
  const list = t[key] as readonly (InputColumn | OutputColumn)[];
  const source = list[index];
  if (!source) return t;
  const id = freshColumnId(t, source.id);
  const next = [...list];
  next.splice(index + 1, 0, { ...source, id });
  const rows = t.rows.map((row) => {
    const text = row[side][source.id];
    return text === undefined ? row : { ...row, [side]: { ...row[side], [id]: text } };
  });
  return { ...t, [key]: next, rows };
}

/** Removes the column and its cells from every row (cells of a gone column would be stale data). */
export function deleteColumn(t: TableConfig, side: Side, index: number): TableConfig {
  const key = listOf(t, side);
  const list = t[key] as readonly (InputColumn | OutputColumn)[];
  const gone = list[index];
  if (!gone) return t;
  const rows = t.rows.map((row) => {
    const cells = { ...row[side] };
    delete cells[gone.id];
    return { ...row, [side]: cells };
  });
  return { ...t, [key]: list.filter((_, i) => i !== index), rows };
}

export function updateColumn(
  t: TableConfig,
  side: Side,
  index: number,
  patch: Partial<InputColumn> | Partial<OutputColumn>,
): TableConfig {
  const key = listOf(t, side);
  const list = [...(t[key] as readonly (InputColumn | OutputColumn)[])];
  const current = list[index];
  if (!current) return t;
  // A key patched to undefined is removed (a column switching from a field to a lookup loses `field`).
  const next: Record<string, unknown> = { ...current, ...patch };
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
  list[index] = next as unknown as InputColumn | OutputColumn;
  return { ...t, [key]: list };
}
