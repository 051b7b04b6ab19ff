import { averagePromiseDays, type RunsComparison, type SideFigures, formatMoney } from '../../../runtime/index';
import { moneyByCurrency } from '../format';
import type { SimMessage, Translate } from '../i18n';

export interface MetricRow {
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly change: string;
  readonly changed: boolean;
}

const signed = (n: number, digits = 0) => (n === 0 ? '0' : `${n > 0 ? '+' : '−'}${Math.abs(n).toFixed(digits)}`);

function countRows(
  label: (key: string) => string,
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
): MetricRow[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.map((key) => {
    const a = Object.hasOwn(before, key) ? before[key]! : 0;
    const b = Object.hasOwn(after, key) ? after[key]! : 0;
    return { label: label(key), before: String(a), after: String(b), change: signed(b - a), changed: a !== b };
  });
}

function moneyRow(
  label: string,
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
): MetricRow {
  const currencies = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const deltas = currencies.map((c) => [c, (after[c] ?? 0) - (before[c] ?? 0)] as const).filter(([, d]) => d !== 0);
  const change =
    deltas.length === 0
      ? '0'
      : deltas.map(([c, d]) => `${d > 0 ? '+' : '−'}${formatMoney(Math.abs(d), c)}`).join(' · ');
  return { label, before: moneyByCurrency(before), after: moneyByCurrency(after), change, changed: deltas.length > 0 };
}

const amounts = (side: SideFigures) => Object.fromEntries(Object.entries(side.discount).map(([c, t]) => [c, t.amount]));

/** The measures a merchant checks before a change goes live, before vs after. */
export function metricRows(comparison: RunsComparison, t: Translate): MetricRow[] {
  const { before: a, after: b } = comparison;
  const promiseA = averagePromiseDays(a);
  const promiseB = averagePromiseDays(b);
  return [
    ...countRows((s) => `${t('status')}: ${t(s as SimMessage)}`, a.status, b.status),
    ...countRows((d) => `${t('decision')}: ${d}`, a.decisions, b.decisions),
    moneyRow(t('discountCost'), amounts(a), amounts(b)),
    ...countRows((sku) => `${t('giftUnits')}: ${sku}`, a.gifts, b.gifts),
    moneyRow(`${t('gifts')}: ${t('cost')}`, a.giftCost, b.giftCost),
    {
      label: t('heldOrders'),
      before: String(a.heldOrders),
      after: String(b.heldOrders),
      change: signed(b.heldOrders - a.heldOrders),
      changed: a.heldOrders !== b.heldOrders,
    },
    {
      label: t('routed'),
      before: String(a.routes.routed),
      after: String(b.routes.routed),
      change: signed(b.routes.routed - a.routes.routed),
      changed: a.routes.routed !== b.routes.routed,
    },
    {
      label: t('avgPromise'),
      before: promiseA?.toFixed(2) ?? '—',
      after: promiseB?.toFixed(2) ?? '—',
      change: promiseA === null || promiseB === null ? '—' : signed(promiseB - promiseA, 2),
      changed: promiseA !== promiseB,
    },
    moneyRow(t('shippingCost'), a.routes.cost, b.routes.cost),
    ...countRows((w) => `${t('warehouse')}: ${w}`, a.routes.warehouses, b.routes.warehouses),
    ...countRows((c) => `${t('carrier')}: ${c}`, a.routes.carriers, b.routes.carriers),
  ];
}
