import { isKnownCurrency } from '../../runtime/node/index';
import { currencyExponent, parseMajorUnits, toMajorUnitsString } from '../../runtime/index';

export const DEFAULT_CURRENCY = 'CNY';

/** A node whose config names its currency (discount, gift) means that one; otherwise CNY. */
export function currencyOf(config: Readonly<Record<string, unknown>>): string {
  const currency = config.currency;
  return typeof currency === 'string' && isKnownCurrency(currency) ? currency : DEFAULT_CURRENCY;
}

/** Stored minor units → what the input shows: 1250 → "12.50". Non-integers show as typed. */
export function minorToInput(value: unknown, currency: string): string {
  if (typeof value === 'number' && Number.isInteger(value)) return toMajorUnitsString(value, currency);
  return value === undefined || value === null ? '' : String(value);
}

/**
 * What someone typed → minor units. Accepts "12.5", "¥1,234.50" and full-width digits from Chinese
 * input methods ("１２．５"). `value: undefined` means the field was cleared.
 */
export function inputToMinor(
  text: string,
  currency: string,
): { ok: true; value: number | undefined } | { ok: false; digits: number } {
  const normalised = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[\s,，¥￥$€£]|[A-Z]{3}/g, '');
  if (normalised === '') return { ok: true, value: undefined };
  const value = parseMajorUnits(normalised, currency);
  return value === undefined ? { ok: false, digits: currencyExponent(currency) } : { ok: true, value };
}
