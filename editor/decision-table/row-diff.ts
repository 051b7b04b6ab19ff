import type { Locale } from '../../runtime/index';
import type { TableRow } from '../../nodes/decision-table/table.schema';

/*
 * What changed between two versions of a table's rows. Rows have no ids, so they are matched by
 * content: identical rows pair up first (a pair out of order is a move), then the rest pair with
 * the most similar row left (at least half their cells equal: an edit), and what remains was
 * added or removed.
 */

export type RowChange =
  | { readonly kind: 'added'; readonly at: number; readonly row: TableRow }
  | { readonly kind: 'removed'; readonly at: number; readonly row: TableRow }
  | { readonly kind: 'moved'; readonly from: number; readonly to: number }
  | {
      readonly kind: 'changed';
      readonly from: number;
      readonly to: number;
      readonly cells: readonly { readonly cell: string; readonly before: string; readonly after: string }[];
    };

type Cells = Record<string, string>;

function cellsOf(row: TableRow): Cells {
  const out: Cells = {};
  for (const [id, text] of Object.entries(row.when ?? {}))
    if (text.trim() !== '' && text.trim() !== '-') out[`when.${id}`] = text;
  for (const [id, text] of Object.entries(row.then ?? {})) if (text.trim() !== '') out[`then.${id}`] = text;
  if (row.note) out.note = row.note;
  return out;
}

const keyOf = (cells: Cells) => JSON.stringify(Object.entries(cells).sort(([a], [b]) => (a < b ? -1 : 1)));

function similarity(a: Cells, b: Cells): number {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  if (keys.size === 0) return 1;
  let same = 0;
  for (const k of keys) if (a[k] === b[k]) same++;
  return same / keys.size;
}

/** Positions (in `pairs`) not on the longest increasing run of `to`: the rows that moved. */
function outOfOrder(pairs: readonly { to: number }[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = [];
  const tailIdx: number[] = [];
  pairs.forEach((p, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < p.to) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = p.to;
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1]! : -1;
  });
  const keep = new Set<number>();
  for (let i = tailIdx[tails.length - 1] ?? -1; i >= 0; i = prev[i]!) keep.add(i);
  return new Set(pairs.map((_, i) => i).filter((i) => !keep.has(i)));
}

export function diffRows(before: readonly TableRow[], after: readonly TableRow[]): RowChange[] {
  const a = before.map(cellsOf);
  const b = after.map(cellsOf);
  const freeB = new Set(b.keys());
  const pairs: { from: number; to: number }[] = [];
  const unmatchedA: number[] = [];
  a.forEach((cells, i) => {
    const key = keyOf(cells);
    const j = [...freeB].find((k) => keyOf(b[k]!) === key);
    if (j === undefined) unmatchedA.push(i);
    else {
      freeB.delete(j);
      pairs.push({ from: i, to: j });
    }
  });
  const changes: RowChange[] = [];
  const moved = outOfOrder(pairs);
  pairs.forEach((p, i) => moved.has(i) && changes.push({ kind: 'moved', from: p.from, to: p.to }));
  for (const i of unmatchedA) {
    let best: number | undefined;
    let score = 0.5;
    for (const j of freeB) {
      const s = similarity(a[i]!, b[j]!);
      if (s >= score && (best === undefined || s > score)) [best, score] = [j, s];
    }
    if (best === undefined) {
      changes.push({ kind: 'removed', at: i, row: before[i]! });
      continue;
    }
    freeB.delete(best);
    const keys = [...new Set([...Object.keys(a[i]!), ...Object.keys(b[best]!)])];
    const cells = keys
      .filter((k) => a[i]![k] !== b[best]![k])
      .map((k) => ({ cell: k.replace(/^(when|then)\./, ''), before: a[i]![k] ?? '', after: b[best]![k] ?? '' }));
    changes.push({ kind: 'changed', from: i, to: best, cells });
  }
  for (const j of [...freeB].sort((x, y) => x - y)) changes.push({ kind: 'added', at: j, row: after[j]! });
  return changes;
}

const WORDS = {
  en: {
    added: (n: number, row: string) => `row ${n} added: ${row}`,
    removed: (n: number, row: string) => `row ${n} removed: ${row}`,
    moved: (from: number, to: number) => `row ${from} moved to row ${to}`,
    firstHit: ' — rows of a first-hit table are checked in order, so this can change results',
    changed: (from: number, to: number, cells: string) =>
      `row ${to}${from !== to ? ` (was row ${from})` : ''} changed: ${cells}`,
    any: '-',
    arrow: ' → ',
  },
  zh: {
    added: (n: number, row: string) => `新增第 ${n} 行：${row}`,
    removed: (n: number, row: string) => `删除第 ${n} 行：${row}`,
    moved: (from: number, to: number) => `第 ${from} 行移到第 ${to} 行`,
    firstHit: '——“首个命中”策略按顺序检查各行，移动行可能改变结果',
    changed: (from: number, to: number, cells: string) =>
      `第 ${to} 行${from !== to ? `（原第 ${from} 行）` : ''}已修改：${cells}`,
    any: '-',
    arrow: ' → ',
  },
} as const;

function rowText(row: TableRow, locale: Locale): string {
  const when = Object.entries(row.when ?? {}).map(([id, text]) => `${id} = ${text || WORDS[locale].any}`);
  const then = Object.entries(row.then ?? {}).map(([id, text]) => `${id} = ${text}`);
  return `${when.join(', ') || WORDS[locale].any}${WORDS[locale].arrow}${then.join(', ')}`;
}

/** One sentence per row change, numbers 1-based; `firstHit` adds the warning to moves. */
export function describeRowChanges(changes: readonly RowChange[], locale: Locale, firstHit: boolean): string[] {
  const w = WORDS[locale];
  return changes.map((c) => {
    switch (c.kind) {
      case 'added':
        return w.added(c.at + 1, rowText(c.row, locale));
      case 'removed':
        return w.removed(c.at + 1, rowText(c.row, locale));
      case 'moved':
        return w.moved(c.from + 1, c.to + 1) + (firstHit ? w.firstHit : '');
      case 'changed':
        return w.changed(
          c.from + 1,
          c.to + 1,
          c.cells.map((x) => `${x.cell} ${x.before || w.any} → ${x.after || w.any}`).join(', '),
        );
    }
  });
}
