/**
 * Exact decimal arithmetic on BigInt for money conversions: a decimal is `units × 10^-scale`.
 * No binary floating point is ever involved, so "0.1" stays exactly one tenth.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

export type Rounding = 'halfUp' | 'halfEven' | 'down';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d{1,4}))?$/;

/** Parses plain decimal text ("409.94", "0.0100", "-5", "1.569521782042E9"); undefined when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, minus, whole = '0', fraction = '', exponentText] = match;
  let scale = fraction.length - Number(exponentText ?? 0);
  let units = BigInt(whole + fraction);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: minus ? -units : units, scale };
}

/** Divides exactly, or rounds as named; without a rounding rule an inexact result is undefined. */
export function divide(numerator: bigint, denominator: bigint, rounding?: Rounding): bigint | undefined {
  if (denominator === 0n) return undefined;
  if (denominator < 0n) return divide(-numerator, -denominator, rounding);
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  if (!rounding) return undefined;
  if (rounding === 'down') return quotient;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  if (twice > denominator) return away;
  if (twice < denominator) return quotient;
  if (rounding === 'halfUp') return away;
  return quotient % 2n === 0n ? quotient : away;
}

/** `value / divisor` expressed in units of 10^-exponent (minor units), exact or rounded as named. */
export function toScaledUnits(
  value: Decimal,
  exponent: number,
  rounding?: Rounding,
  divisor: Decimal = { units: 1n, scale: 0 },
): bigint | undefined {
  // value.units·10^-s / (d.units·10^-ds) · 10^e = value.units·10^(e+ds) / (d.units·10^s)
  const up = exponent + divisor.scale;
  return divide(value.units * 10n ** BigInt(up), divisor.units * 10n ** BigInt(value.scale), rounding);
}

/** Decimal text of minor units, for messages: 40994 at exponent 2 → "409.94". */
export function formatUnits(units: bigint, exponent: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(exponent + 1, '0');
  const text = exponent > 0 ? `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}` : digits;
  return negative ? `-${text}` : text;
}
