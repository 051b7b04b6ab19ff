import type { Locale } from '../../runtime/node/index';
import { currencySymbol, formatMoney } from '../../runtime/node/index';

const OPERATOR_WORDS: Record<string, { en: string; zh: string }> = {
  '==': { en: '=', zh: '=' },
  '===': { en: '=', zh: '=' },
  '!=': { en: '≠', zh: '≠' },
  '!==': { en: '≠', zh: '≠' },
  '>': { en: '>', zh: '>' },
  '>=': { en: '≥', zh: '≥' },
  '<': { en: '<', zh: '<' },
  '<=': { en: '≤', zh: '≤' },
  in: { en: 'in', zh: '属于' },
};

const isOperation = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1;

/** "totals.subtotal.amount" reads better as "subtotal". */
function fieldName(path: string): string {
  return path
    .replace(/^totals\./, '')
    .replace(/\.amount$/, '')
    .replace(/^customer\./, '')
    .replace(/^shippingAddress\./, '');
}

/** Money always says its currency: "¥500.00 CNY", "$500.00 USD", "¥50,000 JPY" (¥ alone would be ambiguous). */
export function moneyWithCode(amount: number, currency: string): string {
  const shown = formatMoney(amount, currency);
  return currencySymbol(currency).trim() === currency ? shown : `${shown} ${currency}`;
}

/** Where a money amount's currency comes from: a pin in the logic, the node's own currency, or nowhere. */
type Pins = ReadonlyMap<string, string>;

function describeValue(value: unknown, money: string | null | undefined, locale: Locale): string {
  if (isOperation(value) && Object.hasOwn(value, 'var')) {
    const path = value.var;
    return fieldName(Array.isArray(path) ? String(path[0]) : String(path));
  }
  if (typeof value === 'number' && money !== undefined && Number.isInteger(value))
    return money === null
      ? `${value}${locale === 'zh' ? '（最小货币单位，任意币种）' : ' (minor units, any currency)'}`
      : moneyWithCode(value, money);
  if (Array.isArray(value))
    return value.map((v) => describeValue(v, money, locale)).join(locale === 'zh' ? '、' : ', ');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** `{"==": [{"var": "X.currency"}, "CNY"]}` → ["X.amount", "CNY"]. */
function currencyPin(part: unknown): [string, string] | undefined {
  if (!isOperation(part) || !Array.isArray(part['=='] ?? part['==='])) return undefined;
  const [left, code] = (part['=='] ?? part['===']) as unknown[];
  if (!isOperation(left) || typeof left.var !== 'string' || !left.var.endsWith('.currency')) return undefined;
  return typeof code === 'string' ? [left.var.replace(/currency$/, 'amount'), code] : undefined;
}

/**
 * A short human reading of a JSONLogic condition for the canvas: "tier = vip and subtotal ≥ ¥500.00 CNY".
 * A money amount says the currency its condition is pinned to (by `{"==": [{"var": "….currency"}, "CNY"]}`
 * beside it in an `and`, or by the node's own `currency`); an unpinned one says it holds in any currency.
 * Shapes it does not know fall back to compact JSON, so nothing is ever hidden.
 */
export function describeLogic(expression: unknown, locale: Locale, currency?: string): string {
  return describe(expression, locale, currency, new Map());
}

function describe(expression: unknown, locale: Locale, currency: string | undefined, pins: Pins): string {
  if (expression === null || expression === undefined || expression === true)
    return locale === 'zh' ? '总是' : 'always';
  if (!isOperation(expression)) return JSON.stringify(expression);
  const [operator] = Object.keys(expression) as [string];
  const args = expression[operator];
  const list = Array.isArray(args) ? args : [args];
  if (operator === 'and' || operator === 'or') {
    const joiner = operator === 'and' ? (locale === 'zh' ? ' 且 ' : ' and ') : locale === 'zh' ? ' 或 ' : ' or ';
    const found = operator === 'and' ? list.map(currencyPin) : [];
    const within = found.some(Boolean) ? new Map([...pins, ...found.filter((p) => p !== undefined)]) : pins;
    // The pin itself is said with the amount ("subtotal ≥ ¥500.00 CNY"), not as a condition of its own.
    const said = (i: number) => {
      const pin = found[i];
      return pin !== undefined && list.some((other, j) => j !== i && JSON.stringify(other).includes(`"${pin[0]}"`));
    };
    const shown = list.filter((_, i) => !said(i));
    return shown.map((part) => describe(part, locale, currency, within)).join(joiner);
  }
  if (operator === '!') return `${locale === 'zh' ? '非' : 'not'} (${describe(list[0], locale, currency, pins)})`;
  const words = OPERATOR_WORDS[operator];
  if (words && (list.length === 2 || (list.length === 3 && operator.startsWith('<')))) {
    const amountVar = list
      .map((v) => (isOperation(v) && Object.hasOwn(v, 'var') ? String(v.var) : ''))
      .find((p) => p.endsWith('.amount'));
    const money = amountVar === undefined ? undefined : (pins.get(amountVar) ?? currency ?? null);
    return list.map((v) => describeValue(v, money, locale)).join(` ${words[locale]} `);
  }
  return JSON.stringify(expression);
}
