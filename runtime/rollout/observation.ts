import type { RunResult } from '../engine/types';

/** What the guardrails count of one order run on one version. Money in minor units of `currency`. */
export interface Observation {
  /** The run failed (a node threw or the flow broke). */
  readonly error: boolean;
  /** The order waits for a person or carries a hold, or was decided "hold"/"review". */
  readonly review: boolean;
  /** The order's currency (of `discount`). */
  readonly currency: string | null;
  readonly discount: number;
  /** The router produced shipments; `cost` is their shipping cost in `costCurrency`. */
  readonly routed: boolean;
  readonly costCurrency: string | null;
  readonly cost: number;
  /** Shipped to a remote region; `remoteServed` when it was routed and not held or cancelled. */
  readonly remote: boolean;
  readonly remoteServed: boolean;
}

const REVIEW_DECISIONS = new Set(['hold', 'review']);

/** Reads the guardrail facts of one run. `remote` comes from the order (its shipping address). */
export function observe(result: RunResult, remote: boolean): Observation {
  const outcome = result.outcome;
  const review =
    result.status === 'waiting' ||
    (outcome !== null && (outcome.holds.length > 0 || REVIEW_DECISIONS.has(outcome.decision)));
  const plan = outcome?.fulfilment;
  const routed = result.status !== 'failed' && plan !== undefined && plan !== null && plan.shipments.length > 0;
  const discount = result.totals?.discount;
  const served = routed && !review && result.status === 'completed' && outcome?.decision !== 'cancel';
  return {
    error: result.status === 'failed',
    review,
    currency: result.totals?.total.currency ?? null,
    discount: discount ? discount.amount : 0,
    routed,
    costCurrency: routed ? plan!.cost.currency : null,
    cost: routed ? plan!.cost.amount : 0,
    remote,
    remoteServed: remote && served,
  };
}
