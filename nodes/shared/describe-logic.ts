import type { Locale } from '../../runtime/node/define-node';
import { formatMoney } from '../../runtime/money/money';

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

function describeValue(value: unknown, moneyField: boolean, currency: string, locale: Locale): string {
  if (isOperation(value) && Object.hasOwn(value, 'var')) {
    const path = value.var;
    return fieldName(Array.isArray(path) ? String(path[0]) : String(path));
  }
  if (typeof value === 'number' && moneyField && Number.isInteger(value)) return formatMoney(value, currency);
  if (Array.isArray(value))
    return value.map((v) => describeValue(v, moneyField, currency, locale)).join(locale === 'zh' ? '、' : ', ');
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/**
 * A short human reading of a JSONLogic condition for the canvas: "tier = vip and subtotal ≥ ¥500.00".
 * Shapes it does not know fall back to compact JSON, so nothing is ever hidden.
 */
export function describeLogic(expression: unknown, locale: Locale, currency = 'CNY'): string {
  if (expression === null || expression === undefined || expression === true)
    return locale === 'zh' ? '总是' : 'always';
  if (!isOperation(expression)) return JSON.stringify(expression);
  const [operator] = Object.keys(expression) as [string];
  const args = expression[operator];
  const list = Array.isArray(args) ? args : [args];
  if (operator === 'and' || operator === 'or') {
    const joiner = operator === 'and' ? (locale === 'zh' ? ' 且 ' : ' and ') : locale === 'zh' ? ' 或 ' : ' or ';
    return list.map((part) => describeLogic(part, locale, currency)).join(joiner);
  }
  if (operator === '!') return `${locale === 'zh' ? '非' : 'not'} (${describeLogic(list[0], locale, currency)})`;
  const words = OPERATOR_WORDS[operator];
  if (words && list.length === 2) {
    const leftVar = isOperation(list[0]) && Object.hasOwn(list[0], 'var') ? String(list[0].var) : '';
    const moneyField = leftVar.endsWith('.amount');
    const left = describeValue(list[0], moneyField, currency, locale);
    const right = describeValue(list[1], moneyField, currency, locale);
    return `${left} ${words[locale]} ${right}`;
  }
  return JSON.stringify(expression);
}
