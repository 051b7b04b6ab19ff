import type { Locale } from '../../runtime/node/index';
import { formatMoney } from '../../runtime/node/index';
import { describeLogic } from '../shared/describe-logic';

/**
 * Summary helpers shared by the promotion nodes (discount, gift). Config money is minor units of the
 * order currency; without a configured currency, amounts are shown as if the exponent were 2.
 */
export function formatConfigMoney(amount: number, currency: string | undefined): string {
  if (currency) return formatMoney(amount, currency).replace(/\.0+$/, '');
  return (amount / 100).toFixed(2).replace(/\.00$/, '');
}

/** A number without float noise or trailing zeros: 8.75, 9, 0.5. */
export function plainNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** " when tier = vip" (en, a suffix) / "tier = vip 时" (zh, a prefix); '' without a condition. */
export function conditionText(when: unknown, locale: Locale, currency: string | undefined): string {
  if (when === null || when === undefined || when === true) return '';
  const text = describeLogic(when, locale, currency);
  return locale === 'en' ? ` when ${text}` : `${text} 时`;
}

/** "A, B, C +2 more" / "A、B、C等5个". */
export function listText(items: readonly string[], locale: Locale, shown = 3): string {
  const head = items.slice(0, shown);
  if (locale === 'en') return head.join(', ') + (items.length > shown ? ` +${items.length - shown} more` : '');
  return head.join('、') + (items.length > shown ? `等${items.length}个` : '');
}
