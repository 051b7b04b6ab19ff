import type { Locale } from '../../runtime/node/define-node';
import { formatMoney } from '../../runtime/money/money';

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

const COMPARATORS = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=']);

function varPath(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'var')) return null;
  const path = (value as { var: unknown }).var;
  return typeof path === 'string' ? path : null;
}

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

/** A short reading of simple JSONLogic conditions ("when VIP customer"); '' when there is none. */
export function describeCondition(when: unknown, locale: Locale): string {
  if (when === null || when === undefined || when === true) return '';
  let text: string | null = null;
  if (typeof when === 'object' && !Array.isArray(when)) {
    const entries = Object.entries(when as Record<string, unknown>);
    const [op, args] = entries[0] ?? [];
    if (entries.length === 1 && op && Array.isArray(args) && args.length === 2) {
      const path = varPath(args[0]);
      if (op && COMPARATORS.has(op) && path !== null && isScalar(args[1])) {
        const value = String(args[1]);
        if (path === 'customer.tier' && (op === '==' || op === '===')) {
          const tier = value === 'vip' ? 'VIP' : value;
          return locale === 'en' ? ` when ${tier} customer` : `${tier}会员`;
        }
        text = `${path} ${op} ${value}`;
      } else if (op === 'in' && isScalar(args[0]) && varPath(args[1]) !== null) {
        text = locale === 'en' ? `${varPath(args[1])} has ${String(args[0])}` : `${varPath(args[1])}含${String(args[0])}`;
      }
    }
  }
  if (locale === 'en') return text ? ` when ${text}` : ' when condition met';
  return text ? `${text}时` : '满足条件时';
}

/** "A, B, C +2 more" / "A、B、C等5个". */
export function listText(items: readonly string[], locale: Locale, shown = 3): string {
  const head = items.slice(0, shown);
  if (locale === 'en') return head.join(', ') + (items.length > shown ? ` +${items.length - shown} more` : '');
  return head.join('、') + (items.length > shown ? `等${items.length}个` : '');
}
