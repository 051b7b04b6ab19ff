import { formatMoney, averagePromiseDays, type RunsComparison, type SideFigures } from '../../runtime/index';
import { count, formatTable, share } from './table';

/** How many differing orders the text lists field by field (--json has them all, up to DIFFERENCE_LIMIT). */
const SHOWN = 20;

type Row = readonly [string, string, string, string];

const signed = (n: number, digits = 0) => (n === 0 ? '0' : `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(digits)}`);

function counts(label: string, a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Row[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort().map((key) => {
    const x = a[key] ?? 0;
    const y = b[key] ?? 0;
    return [`${label}${key}`, count(x), count(y), signed(y - x)];
  });
}

function money(label: string, a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Row {
  const currencies = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const show = (r: Readonly<Record<string, number>>) =>
    currencies.length === 0 ? formatMoney(0, 'CNY') : currencies.map((c) => formatMoney(r[c] ?? 0, c)).join(' · ');
  const deltas = currencies.map((c) => [c, (b[c] ?? 0) - (a[c] ?? 0)] as const).filter(([, d]) => d !== 0);
  const change =
    deltas.length === 0
      ? '0'
      : deltas.map(([c, d]) => `${d > 0 ? '+' : '−'}${formatMoney(Math.abs(d), c)}`).join(' · ');
  return [label, show(a), show(b), change];
}

const discounts = (side: SideFigures) =>
  Object.fromEntries(Object.entries(side.discount).map(([c, t]) => [c, t.amount]));

/** The measures the editor's comparison shows (editor/simulation/compare/metric-rows.ts), in the same order. */
export function comparisonRows(comparison: RunsComparison): Row[] {
  const { before: a, after: b } = comparison;
  const pa = averagePromiseDays(a);
  const pb = averagePromiseDays(b);
  return [
    ...counts('status: ', a.status, b.status),
    ...counts('decision: ', a.decisions, b.decisions),
    money('discount cost', discounts(a), discounts(b)),
    ...counts('gift units: ', a.gifts, b.gifts),
    money('gift cost', a.giftCost, b.giftCost),
    ['held orders', count(a.heldOrders), count(b.heldOrders), signed(b.heldOrders - a.heldOrders)],
    ['routed', count(a.routes.routed), count(b.routes.routed), signed(b.routes.routed - a.routes.routed)],
    [
      'average promise (days)',
      pa?.toFixed(2) ?? '—',
      pb?.toFixed(2) ?? '—',
      pa === null || pb === null ? '—' : signed(pb - pa, 2),
    ],
    money('shipping cost', a.routes.cost, b.routes.cost),
    ...counts('warehouse: ', a.routes.warehouses, b.routes.warehouses),
    ...counts('carrier: ', a.routes.carriers, b.routes.carriers),
  ];
}

const show = (value: unknown) => (value === null || value === undefined ? '—' : String(value));

export function printComparison(
  comparison: RunsComparison,
  files: { readonly before: string; readonly after: string; readonly unreadable: number },
): string {
  const lines = [
    `Comparing ${files.before} (before) with ${files.after} (after)`,
    `${count(comparison.orders)} orders, ${count(comparison.differing)} with a different outcome (${share(comparison.differing, comparison.orders)})` +
      (files.unreadable > 0 ? `, ${count(files.unreadable)} unreadable (skipped)` : ''),
    '',
    ...formatTable(
      [['measure', 'before', 'after', 'change'], ...comparisonRows(comparison)],
      ['left', 'right', 'right', 'right'],
    ),
  ];
  if (comparison.differences.length > 0) {
    lines.push('', 'Orders whose outcome changes:');
    for (const difference of comparison.differences.slice(0, SHOWN)) {
      lines.push(`  ${difference.orderId ?? `#${(difference.index ?? 0) + 1}`}`);
      lines.push(
        ...formatTable(
          difference.diffs.map((d) => [d.field, show(d.before), '→', show(d.after)]),
          ['left', 'left', 'left', 'left'],
          '    ',
        ),
      );
    }
    const more = comparison.differing - Math.min(SHOWN, comparison.differences.length);
    if (more > 0) lines.push(`  … and ${count(more)} more (--json lists up to 1,000)`);
  }
  return `${lines.join('\n')}\n`;
}
