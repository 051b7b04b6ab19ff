/** A small RFC 4180 CSV reader: quoted fields, "" escapes, commas and newlines inside quotes, CRLF or LF, a BOM. */

export interface CsvRow {
  /** 1-based line where the row starts (a quoted field may span lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

export type CsvResult = { readonly ok: true; readonly rows: readonly CsvRow[] } | { readonly ok: false; readonly error: string };

export function parseCsv(text: string): CsvResult {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  const endRow = () => {
    cells.push(cell);
    // Blank lines are skipped rather than read as a row with one empty cell.
    if (cells.length > 1 || cells[0] !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      rowLine = ++line;
    } else cell += c;
  }
  if (quoted) return { ok: false, error: `line ${quoteLine}: a quoted field is never closed` };
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}
