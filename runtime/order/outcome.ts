import type { Money } from '../money/money';
import type { JsonValue } from '../json/json';

/** One discount the flow granted, with the node that gave it and how it spreads over the lines. */
export interface Adjustment {
  readonly nodeId: string;
  readonly reason: string;
  /** Positive minor units taken off the order. */
  readonly amount: Money;
  /** Exact per-line split of `amount` (sums to it), so refunds and invoices line up. */
  readonly allocations: readonly { readonly lineId: string; readonly amount: number }[];
  readonly stacking: 'exclusive' | 'stackable' | 'best-of';
  readonly priority: number;
  readonly coupon?: string;
}

export interface GiftLine {
  readonly nodeId: string;
  readonly sku: string;
  readonly name: string;
  readonly quantity: number;
  readonly reason: string;
  /** What the gift costs the merchant (for promotion cost reports); not charged to the customer. */
  readonly cost?: Money;
}

export type HoldKind = 'approval' | 'qc' | 'api-call';
export type HoldStatus = 'pending' | 'approved' | 'rejected' | 'timed_out' | 'passed' | 'failed' | 'review';

export interface Hold {
  readonly nodeId: string;
  readonly kind: HoldKind;
  readonly status: HoldStatus;
  readonly reason: string;
  readonly role?: string;
  readonly slaHours?: number;
  readonly station?: string;
  readonly checklist?: readonly string[];
}

export interface Shipment {
  readonly warehouseId: string;
  readonly carrierId: string;
  readonly lines: readonly { readonly lineId: string; readonly sku: string; readonly quantity: number }[];
  readonly cost: Money;
  readonly transitDays: number;
  /** ISO date by which delivery is promised, from the injected clock. */
  readonly promisedBy: string;
}

/** A warehouse × carrier option the router weighed, kept so people can see why the winner won. */
export interface RouteCandidate {
  readonly warehouseId: string;
  readonly carrierId: string;
  readonly score: number;
  readonly cost?: Money;
  readonly transitDays?: number;
  readonly eligible: boolean;
  /** Why it was ineligible or lost ("no stock for SKU-1", "cost ¥18 vs ¥12"). */
  readonly note: string;
}

export interface FulfilmentPlan {
  readonly nodeId: string;
  readonly shipments: readonly Shipment[];
  readonly cost: Money;
  readonly split: boolean;
  readonly candidates: readonly RouteCandidate[];
  readonly explanation: string;
  /** Present when large worlds listed only the winner and its best rivals: how many pairs were left out, and why. */
  readonly omitted?: OmittedCandidates;
}

/** Pairs not listed in `candidates`, counted by why they could not win. */
export interface OmittedCandidates {
  readonly count: number;
  /** Eligible, but scored below every listed rival. */
  readonly lowerScore: number;
  /** The warehouse cannot ship this order at all (excluded, channel, currency, country). */
  readonly warehouse: number;
  /** The carrier cannot take this order (service area, remote, currency). */
  readonly carrier: number;
  /** Only stock was missing. */
  readonly stock: number;
  /** The same in words, in the run's language. */
  readonly note: string;
}

export type Effect =
  | {
      readonly kind: 'notify';
      readonly nodeId: string;
      readonly channel: string;
      readonly to: string;
      readonly message: string;
    }
  | { readonly kind: 'crm-tag'; readonly nodeId: string; readonly customerId: string; readonly tag: string };

/** `skip`: the trigger did not match, so the flow does not apply to this order. */
export type Decision = 'accept' | 'hold' | 'cancel' | 'skip';

/** Everything a flow adds to an order, kept apart from the order as it came in. */
export interface Outcome {
  decision: Decision;
  decisionReason: string;
  adjustments: Adjustment[];
  gifts: GiftLine[];
  tags: string[];
  holds: Hold[];
  fulfilment: FulfilmentPlan | null;
  attributes: Record<string, JsonValue>;
  effects: Effect[];
}

export function emptyOutcome(): Outcome {
  return {
    decision: 'accept',
    decisionReason: '',
    adjustments: [],
    gifts: [],
    tags: [],
    holds: [],
    fulfilment: null,
    attributes: {},
    effects: [],
  };
}

/** What a node asks to change; the runtime applies it (nodes never mutate). */
export interface OutcomePatch {
  readonly adjustments?: readonly Adjustment[];
  /** Replaces earlier adjustments (used by best-of/exclusive stacking): their node ids. */
  readonly removeAdjustmentsFrom?: readonly string[];
  readonly gifts?: readonly GiftLine[];
  readonly tags?: readonly string[];
  readonly holds?: readonly Hold[];
  readonly fulfilment?: FulfilmentPlan;
  readonly attributes?: Readonly<Record<string, JsonValue>>;
  readonly effects?: readonly Effect[];
  readonly decision?: { readonly decision: Decision; readonly reason: string };
}
