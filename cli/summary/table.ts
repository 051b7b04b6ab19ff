/** Plain-text tables that stay aligned with Chinese text (wide characters take two columns). */

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

export type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Rows of cells → lines; the first row is the header when `header` is true. Trailing spaces trimmed. */
export function formatTable(rows: readonly (readonly string[])[], align: readonly Align[], indent = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    (indent + row.map((cell, i) => pad(cell, widths[i]!, align[i] ?? 'left')).join('  ')).trimEnd(),
  );
}

const GROUPING = /\B(?=(\d{3})+(?!\d))/g;

/** 12345 → "12,345". */
export const count = (n: number): string => String(n).replace(GROUPING, ',');

/** Share of a whole as "12.5%"; "–" when the whole is zero. */
export const share = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${((part * 100) / whole).toFixed(1)}%`;

/** Entries sorted by count (desc), then key, so output is stable. */
export function byCount(record: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(record).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
