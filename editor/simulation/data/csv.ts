/** CSV for imported order files, read with Papa Parse (RFC 4180: quotes, "" escapes, line breaks in quotes, a BOM). */
import Papa from 'papaparse';

export interface CsvRow {
  /** 1-based line where the row starts (a quoted field may span lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvResult = { readonly ok: true; readonly rows: readonly CsvRow[] } | { readonly ok: false; readonly error: string };

export function parseCsv(input: string): CsvResult {
  // Papa Parse takes one kind of line break per file; spreadsheets and hand edits mix CRLF, LF and CR.
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  const rows: CsvRow[] = [];
  let start = 0;
  let line = 1;
  let unclosedAt: number | undefined;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    // Every cell stays text, as it was written; the order reader converts and checks them.
    dynamicTyping: false,
    step: (result) => {
      // The row is text[start, cursor): its cells and the break that ends it.
      const end = result.meta.cursor;
      const rowLine = line;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosedAt ??= rowLine;
      line += countBreaks(text, start, end);
      start = end;
      const cells = result.data;
      // Blank lines are skipped rather than read as a row with one empty cell.
      if (cells.length > 1 || (cells[0] ?? '') !== '') rows.push({ line: rowLine, cells });
    },
  });
  if (unclosedAt !== undefined) return { ok: false, error: `line ${unclosedAt}: a quoted field is never closed` };
  return { ok: true, rows };
}

/** Line breaks in text[from, to): the row's own (inside quoted cells) and the one that ends it. */
function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') breaks++;
  return breaks;
}
