import { formatMoney } from '../../runtime/node/index';
import type { Locale, LineItem, Order, Adjustment, Outcome, OutcomePatch } from '../../runtime/node/index';
import { computeDiscount, scopedLines, type AmountRule, type LineAllocation } from '../discount/compute-discount';
import { compete, rivalsOf } from '../discount/stacking';
import { DISCOUNT_WORDS } from '../discount/words';
import type { OutputValue } from './outputs';
import type { Aggregate, OutputColumn } from './table.schema';
import { TABLE_WORDS } from './words';

/*
 * A decision table's discount column becomes one discount line, exactly as the discount node makes it:
 * the same scoping (lines net of the discounts that stay), amount and split (computeDiscount: rounded
 * once, split by largest remainder, never below zero) and stacking (rivalsOf/compete).
 */

/** One decision's discount: the whole order (`inScope` all lines) or one line in per-line mode. */
export interface DiscountPart {
  readonly inScope: (line: LineItem) => boolean;
  readonly values: readonly OutputValue[];
}

/** Written out, not spread: this runs for every discounted order. */
function ruleOf(value: OutputValue): AmountRule {
  const percent = value.kind === 'percent';
  return {
    kind: percent ? 'percent' : 'fixed',
    percent: percent ? value.percent : 0,
    amount: value.kind === 'amount' ? value.amount : 0,
    repeat: false,
    buy: 1,
    get: 1,
    tiers: [],
    cap: undefined,
    minSubtotal: undefined,
  };
}

type Granted =
  { readonly patch: OutcomePatch; readonly note: string } | { readonly patch: undefined; readonly note: string };

export function grantTableDiscount(input: {
  readonly nodeId: string;
  readonly order: Order;
  readonly outcome: Readonly<Outcome>;
  readonly column: OutputColumn;
  readonly aggregate: Aggregate;
  readonly parts: readonly DiscountPart[];
  readonly reason: string;
  readonly locale: Locale;
}): Granted {
  const { order, column, locale } = input;
  const say = DISCOUNT_WORDS[locale];
  const words = TABLE_WORDS[locale];
  const currency = order.currency;
  const existing = input.outcome.adjustments;
  const rivals = rivalsOf(column.stacking, existing);
  const kept = rivals.length === 0 ? existing : existing.filter((a) => !rivals.includes(a));
  let total = 0;
  let base = 0;
  const allocations: LineAllocation[] = [];
  const notes: string[] = [];
  for (const part of input.parts) {
    const lines = scopedLines(order, kept, part.inScope);
    for (const line of lines) base += line.net;
    const amounts: { amount: number; allocations: readonly LineAllocation[] }[] = [];
    for (const value of part.values) {
      if (value.kind === 'amount' && value.currency !== currency) {
        notes.push(words.wrongCurrency(value.currency, currency));
        continue;
      }
      const result = computeDiscount(ruleOf(value), lines, currency, say);
      if (result.ok) amounts.push(result);
      else notes.push(result.note);
    }
    if (amounts.length === 0) continue;
    if (amounts.length === 1) {
      total += amounts[0]!.amount;
      allocations.push(...amounts[0]!.allocations);
      continue;
    }
    const each = amounts.map((a) => a.amount);
    const combined =
      input.aggregate === 'min'
        ? Math.min(...each)
        : input.aggregate === 'max'
          ? Math.max(...each)
          : each.reduce((a, b) => a + b, 0);
    const split = computeDiscount(ruleOf({ kind: 'amount', amount: combined, currency }), lines, currency, say);
    if (!split.ok) continue;
    total += split.amount;
    allocations.push(...split.allocations);
  }
  if (total <= 0) return { patch: undefined, note: words.discountSkipped(words.linesJoined(notes)) };
  const verdict = compete(
    { stacking: column.stacking, priority: column.priority, amount: total },
    rivals,
    currency,
    say,
  );
  if (!verdict.win) return { patch: undefined, note: words.discountSkipped(verdict.note) };
  const adjustment: Adjustment = {
    nodeId: input.nodeId,
    reason: column.reason || input.reason,
    amount: { amount: total, currency },
    allocations,
    stacking: column.stacking,
    priority: column.priority,
  };
  return {
    patch:
      verdict.remove.length > 0
        ? { adjustments: [adjustment], removeAdjustmentsFrom: verdict.remove }
        : { adjustments: [adjustment] },
    note: say.applied(formatMoney(total, currency), formatMoney(base, currency), verdict.remove),
  };
}
