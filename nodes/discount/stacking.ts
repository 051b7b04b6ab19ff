import { formatMoney } from '../../runtime/node/index';
import type { Adjustment } from '../../runtime/node/index';
import type { StackingMode } from './discount.schema';
import type { DiscountWords } from './words';

/**
 * Stacking rules, decided against the adjustments already on the outcome (earlier nodes):
 *
 * - exclusive: stands alone. It must beat EVERY existing adjustment: it loses if any has a higher
 *   priority; at equal priority it must be worth more than those equal-priority adjustments together
 *   (the incumbent keeps a tie). If it wins, all existing adjustments are removed.
 * - stackable: adds to stackable and best-of adjustments. An existing exclusive must be beaten by the
 *   same priority-then-amount rule (the exclusive is then removed), otherwise the discount is skipped.
 * - best-of: adds to stackables; competes with existing best-of adjustments on amount (it must be worth
 *   more than them together; equal amounts go to the higher priority, then the incumbent), and with an
 *   existing exclusive by the exclusive rule. If it wins, those rivals are removed.
 *
 * Removal works by node id (OutcomePatch.removeAdjustmentsFrom), so a rival node's every adjustment goes.
 * Amounts are compared as computed: the newcomer's on the lines net of the adjustments that would stay.
 * Removed discounts never come back, even if the winner is displaced later.
 */

export interface Contender {
  readonly stacking: StackingMode;
  readonly priority: number;
  readonly amount: number;
}

export type Verdict =
  { readonly win: true; readonly remove: readonly string[] } | { readonly win: false; readonly note: string };

function isRival(stacking: StackingMode, a: Adjustment): boolean {
  return stacking === 'exclusive' || a.stacking === 'exclusive' || (stacking === 'best-of' && a.stacking === 'best-of');
}

/** Shared by the usual case, no rivals (stackables among stackables): nothing is allocated for it. */
const NO_RIVALS: readonly Adjustment[] = Object.freeze([]);
const UNCONTESTED: Verdict = Object.freeze({ win: true, remove: Object.freeze([]) });

/** The existing adjustments this discount would replace if it applies (whole nodes, see above). */
export function rivalsOf(stacking: StackingMode, existing: readonly Adjustment[]): readonly Adjustment[] {
  let nodes: Set<string> | undefined; // usually none (stackables among stackables): no Set then
  for (const a of existing) if (isRival(stacking, a)) (nodes ??= new Set()).add(a.nodeId);
  if (nodes === undefined) return NO_RIVALS;
  const rivals = nodes;
  return existing.filter((a) => rivals.has(a.nodeId));
}

const sum = (list: readonly Adjustment[]) => list.reduce((total, a) => total + a.amount.amount, 0);
/** The node ids behind the adjustments, each once, in order. */
const names = (list: readonly Adjustment[]) => [...new Set(list.map((a) => a.nodeId))];

/** Priority first, then the newcomer must be worth more than the equal-priority rivals together. */
function byPriority(
  candidate: Contender,
  rivals: readonly Adjustment[],
  fmt: (n: number) => string,
  say: DiscountWords,
): string | null {
  if (rivals.length === 0) return null;
  const higher = rivals.filter((a) => a.priority > candidate.priority);
  if (higher.length > 0) {
    const top = Math.max(...higher.map((a) => a.priority));
    return say.lostOnPriority(names(higher), top, candidate.priority);
  }
  const tied = rivals.filter((a) => a.priority === candidate.priority);
  if (tied.length > 0 && candidate.amount <= sum(tied)) {
    return say.lostOnAmount(names(tied), fmt(sum(tied)), fmt(candidate.amount));
  }
  return null;
}

/** Amount first; equal amounts go to the higher priority; a full tie keeps the incumbent. */
function byAmount(
  candidate: Contender,
  rivals: readonly Adjustment[],
  fmt: (n: number) => string,
  say: DiscountWords,
): string | null {
  if (rivals.length === 0) return null;
  const theirs = sum(rivals);
  const top = Math.max(...rivals.map((a) => a.priority));
  if (candidate.amount > theirs || (candidate.amount === theirs && candidate.priority > top)) return null;
  return say.bestOfLost(names(rivals), fmt(theirs), fmt(candidate.amount));
}

/** Decides whether the candidate applies against its rivals (from `rivalsOf`), and what it removes; a loss is noted in the words of `say`. */
export function compete(
  candidate: Contender,
  rivals: readonly Adjustment[],
  currency: string,
  say: DiscountWords,
): Verdict {
  if (rivals.length === 0) return UNCONTESTED;
  const fmt = (n: number) => formatMoney(n, currency);
  const exclusiveRivals =
    candidate.stacking === 'exclusive' ? rivals : rivals.filter((a) => a.stacking === 'exclusive');
  const bestOfRivals = candidate.stacking === 'best-of' ? rivals.filter((a) => a.stacking !== 'exclusive') : [];
  const lost = byPriority(candidate, exclusiveRivals, fmt, say) ?? byAmount(candidate, bestOfRivals, fmt, say);
  if (lost !== null) return { win: false, note: lost };
  return { win: true, remove: [...new Set(rivals.map((a) => a.nodeId))] };
}
