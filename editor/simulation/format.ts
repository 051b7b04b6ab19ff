import { formatMoney, type Money } from '../../runtime/index';

/** "¥540.00"; "—" when there is no amount. */
export function money(value: Money | null | undefined): string {
  return value ? formatMoney(value.amount, value.currency) : '—';
}

/** Minor units per currency → "¥1,234.00 · $56.00". */
export function moneyByCurrency(record: Readonly<Record<string, number>>): string {
  const parts = Object.entries(record)
    .sort()
    .map(([currency, amount]) => formatMoney(amount, currency));
  return parts.length === 0 ? '—' : parts.join(' · ');
}

export function sumValues(record: Readonly<Record<string, number>>): number {
  return Object.values(record).reduce((a, b) => a + b, 0);
}
