import Papa from 'papaparse';
import { cellText, gridColumns, pasteGrid, type TableConfig } from './table-model';

/*
 * Text in and out of the grid: TSV is what Excel and Sheets put on the clipboard; CSV is the file
 * format. The CSV header row names columns by id so an import puts cells back in their columns
 * whatever their order; the export starts with a UTF-8 BOM so Excel reads 中文 correctly.
 */

export const BOM = '\uFEFF';

export function parseTsv(text: string): string[][] {
  const trimmed = text.replace(/\r?\n$/, '');
  if (trimmed === '') return [];
  const parsed = Papa.parse<string[]>(trimmed, { delimiter: '\t', quoteChar: '"' });
  return parsed.data;
}

export function toTsv(block: readonly (readonly string[])[]): string {
  return Papa.unparse(block as string[][], { delimiter: '\t', newline: '\n' });
}

export function toCsv(t: TableConfig): string {
  const cols = gridColumns(t);
  const header = [...cols.map((c) => c.id), 'note'];
  const rows = t.rows.map((row) => [...cols.map((c) => cellText(row, c)), row.note]);
  return BOM + Papa.unparse([header, ...rows], { newline: '\r\n' });
}

export type CsvImport =
  | { readonly ok: true; readonly table: TableConfig }
  | { readonly ok: false; readonly line: number; readonly column?: string; readonly message: string };

/**
 * Replaces the rows with the CSV's. The header must name only the table's columns (and `note`);
 * an unknown header is refused with its name, so a cell is never silently dropped.
 */
export function fromCsv(t: TableConfig, text: string): CsvImport {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: 'greedy' });
  const firstError = parsed.errors[0];
  if (firstError) return { ok: false, line: (firstError.row ?? 0) + 1, message: firstError.message };
  const [header, ...lines] = parsed.data;
  if (!header) return { ok: false, line: 1, message: 'empty file' };
  const cols = gridColumns(t);
  const positions: number[] = [];
  for (const name of header) {
    const at = name.trim() === 'note' ? -1 : cols.findIndex((c) => c.id === name.trim());
    if (at === -1 && name.trim() !== 'note') return { ok: false, line: 1, column: name, message: 'unknown column' };
    positions.push(at);
  }
  let table: TableConfig = { ...t, rows: [] };
  lines.forEach((line, r) => {
    line.forEach((text, i) => {
      const at = positions[i];
      if (at === undefined) return;
      if (at === -1) {
        table = pasteGrid(table, r, 0, [[]]);
        table = { ...table, rows: table.rows.map((row, k) => (k === r ? { ...row, note: text } : row)) };
      } else table = pasteGrid(table, r, at, [[text]]);
    });
    if (!table.rows[r]) table = pasteGrid(table, r, 0, [[]]);
  });
  const extra = lines.findIndex((line) => line.length > header.length);
  if (extra !== -1) return { ok: false, line: extra + 2, message: `more cells than the ${header.length} headers` };
  return { ok: true, table };
}
