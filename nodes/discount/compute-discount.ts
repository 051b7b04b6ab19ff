import { formatMoney, roundMinor } from '../../runtime/node/index';
import type { LineItem, Order, Adjustment } from '../../runtime/node/index';
import type { DiscountConfig, Tier } from './discount.schema';
import { splitByWeight } from './split';
import type { DiscountWords } from './words';

/** A line the discount may touch, with what is left of it after the discounts that stay. */
export interface ScopedLine {
  readonly lineId: string;
  readonly quantity: number;
  /** Gross amount minus allocations of kept adjustments, never below zero. */
  readonly net: number;
}

export interface LineAllocation {
  readonly lineId: string;
  readonly amount: number;
}

/** What decides the amount; `tiers` sorted by threshold ascending. */
export type AmountRule = Pick<
  DiscountConfig,
  'kind' | 'percent' | 'amount' | 'repeat' | 'buy' | 'get' | 'cap' | 'minSubtotal'
> & {
  /** Kind fixed: `amount` per unit in scope, split by units (absent = once per order). */
  readonly perUnit?: boolean;
  readonly tiers: readonly Tier[];
};

export type DiscountResult =
  | {
      readonly ok: true;
      readonly amount: number;
      readonly base: number;
      readonly allocations: readonly LineAllocation[];
    }
  | { readonly ok: false; readonly note: string };

/** Each line's gross amount net of the given adjustments' allocations (clamped at zero), in order. */
export function scopedLines(
  order: Order,
  kept: readonly Adjustment[],
  inScope: (line: LineItem) => boolean,
): ScopedLine[] {
  // Sized up front, trimmed at the end: pushing onto `[]` allocates room for 17 (~150 bytes) per call.
  const lines = new Array<ScopedLine>(order.lines.length);
  let count = 0;
  for (const line of order.lines) {
    if (!inScope(line)) continue;
    // Line ids are unique, so summing the parts for this line in adjustment order is what a Map per
    // line id would sum; without one, a run with no kept adjustments allocates nothing here.
    let taken = 0;
    for (let a = 0; a < kept.length; a++) {
      const parts = kept[a]!.allocations;
      for (let k = 0; k < parts.length; k++) if (parts[k]!.lineId === line.id) taken += parts[k]!.amount;
    }
    lines[count++] = {
      lineId: line.id,
      quantity: line.quantity,
      net: Math.max(0, line.unitPrice.amount * line.quantity - taken),
    };
  }
  lines.length = count;
  return lines;
}

/** `percent` (up to 4 decimals) of `base` minor units, rounded once, half away from zero, exactly. */
export function percentOfExact(base: number, percent: number): number {
  const ppm = Math.round(percent * 10_000); // percent in 1/10,000ths = parts per million
  // Integers in doubles are exact up to 2^53: the usual order and percentage stays off BigInt (and
  // off `%`, a library call for doubles), same result. The quotient is floored, then corrected by one
  // if the division rounded across an integer; every product here is exact below 2^53.
  const product = base * ppm;
  if (Number.isInteger(base) && Number.isSafeInteger(product) && Math.abs(product) <= 2 ** 51) {
    const doubled = 2 * Math.abs(product) + 1_000_000;
    let rounded = Math.floor(doubled / 2_000_000);
    const rest = doubled - rounded * 2_000_000;
    if (rest < 0) rounded -= 1;
    else if (rest >= 2_000_000) rounded += 1;
    return product < 0 ? 0 - rounded : rounded; // `0 -`, not `-`: BigInt has no -0
  }
  const numerator = BigInt(base) * BigInt(ppm);
  const negative = numerator < 0n;
  const absolute = negative ? -numerator : numerator;
  const rounded = (2n * absolute + 1_000_000n) / 2_000_000n;
  return Number(negative ? -rounded : rounded);
}

/**
 * Splits `total` by `weights` (largest remainder) without any part exceeding its cap; overflow goes to
 * the parts with room left, again by largest remainder. Callers guarantee total ≤ sum(caps).
 */
export function allocateCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const parts = splitByWeight(total, weights);
  let overflow = 0;
  for (let i = 0; i < parts.length; i++) {
    const cap = caps[i] ?? 0;
    if (parts[i]! > cap) {
      overflow += parts[i]! - cap;
      parts[i] = cap;
    }
  }
  if (overflow > 0) {
    const room = parts.map((part, i) => (caps[i] ?? 0) - part);
    splitByWeight(overflow, room).forEach((extra, i) => (parts[i]! += extra));
  }
  return parts;
}

type Raw =
  | { readonly ok: true; readonly raw: number; readonly weights: readonly number[] }
  | { readonly ok: false; readonly note: string };

function rawAmount(
  rule: AmountRule,
  lines: readonly ScopedLine[],
  base: number,
  nets: readonly number[],
  currency: string,
  say: DiscountWords,
): Raw {
  switch (rule.kind) {
    case 'percent':
      return { ok: true, raw: percentOfExact(base, rule.percent), weights: nets };
    case 'fixed': {
      if (!rule.perUnit) return { ok: true, raw: rule.amount, weights: nets };
      // ¥300 off each unit: the lines share it by their units (a line never goes below zero: see allocateCapped).
      const units = lines.map((line) => line.quantity);
      return { ok: true, raw: rule.amount * units.reduce((a, b) => a + b, 0), weights: units };
    }
    case 'tiered': {
      let tier: Tier | undefined;
      for (const t of rule.tiers) if (t.threshold <= base) tier = t;
      if (!tier)
        return {
          ok: false,
          note: say.thresholdNotReached(
            formatMoney(rule.tiers[0]?.threshold ?? 0, currency),
            formatMoney(base, currency),
          ),
        };
      const times = rule.repeat ? Math.floor(base / tier.threshold) : 1;
      return { ok: true, raw: tier.off * times, weights: nets };
    }
    case 'buy-x-get-y':
      return buyXGetY(rule, lines, say);
  }
}

/** Every full group of buy+get scoped units frees `get` units; the cheapest units (by net unit price) are free. */
function buyXGetY(rule: AmountRule, lines: readonly ScopedLine[], say: DiscountWords): Raw {
  const groupSize = rule.buy + rule.get;
  const units = lines.reduce((sum, line) => sum + line.quantity, 0);
  let left = Math.floor(units / groupSize) * rule.get;
  if (left === 0) return { ok: false, note: say.tooFewUnits(rule.buy, rule.get, groupSize, units) };
  const cheapestFirst = lines
    .map((line, i) => ({ i, unit: line.net / line.quantity }))
    .sort((a, b) => a.unit - b.unit || a.i - b.i);
  const values = lines.map(() => 0);
  for (const { i, unit } of cheapestFirst) {
    if (left === 0) break;
    const line = lines[i]!;
    const free = Math.min(left, line.quantity);
    values[i] = free === line.quantity ? line.net : unit * free;
    left -= free;
  }
  return { ok: true, raw: roundMinor(values.reduce((a, b) => a + b, 0)), weights: values };
}

/** The amount off the scoped lines and its exact split, or why there is none (in the words of `say`). */
export function computeDiscount(
  rule: AmountRule,
  lines: readonly ScopedLine[],
  currency: string,
  say: DiscountWords,
): DiscountResult {
  let base = 0;
  const nets = new Array<number>(lines.length); // sized: see scopedLines
  for (let i = 0; i < lines.length; i++) {
    base += lines[i]!.net;
    nets[i] = lines[i]!.net;
  }
  if (base <= 0) return { ok: false, note: say.nothingLeft() };
  if (rule.minSubtotal !== undefined && base < rule.minSubtotal) {
    return { ok: false, note: say.belowMinimum(formatMoney(base, currency), formatMoney(rule.minSubtotal, currency)) };
  }
  const raw = rawAmount(rule, lines, base, nets, currency, say);
  if (!raw.ok) return raw;
  const amount = Math.min(raw.raw, rule.cap ?? Number.POSITIVE_INFINITY, base);
  if (amount <= 0) return { ok: false, note: say.comesToZero(formatMoney(0, currency)) };
  const parts = allocateCapped(amount, raw.weights, nets);
  const allocations = new Array<LineAllocation>(lines.length); // sized: see scopedLines
  let count = 0;
  for (let i = 0; i < lines.length; i++)
    if (parts[i]! > 0) allocations[count++] = { lineId: lines[i]!.lineId, amount: parts[i]! };
  allocations.length = count;
  return { ok: true, amount, base, allocations };
}
