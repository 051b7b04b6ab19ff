/** Rollouts of a candidate flow version, their observations and shadow diffs. */
import type { Observation } from '../../../runtime/index';

export type RolloutMode = 'shadow' | 'canary' | 'ab';
export type RolloutState = 'running' | 'paused' | 'rolled-back' | 'completed';
/** running and paused rollouts assign orders; rolled-back and completed ones are history. */
export const ACTIVE_ROLLOUT_STATES: readonly RolloutState[] = ['running', 'paused'];

/** A candidate version of a flow tried against the live one (see services/rollouts.ts). */
export interface RolloutRow {
  readonly id: string;
  readonly flowId: string;
  readonly candidateVersion: number;
  /** The live version when the rollout started; orders are split only while it is still live. */
  readonly baseVersion: number;
  readonly mode: RolloutMode;
  readonly state: RolloutState;
  /** The candidate's share of customers now (0 in shadow mode and after a rollback). */
  readonly percent: number;
  readonly stageIndex: number;
  readonly stageStartedAt: number;
  /** JSON: the ramp, guardrail settings, A/B metric (services/rollouts.ts RolloutSettings). */
  readonly settingsJson: string;
  /** Candidate-arm orders of this stage at the last guardrail look (looks are spaced by sample, not time). */
  readonly checkedOrders: number;
  readonly reason: string | null;
  readonly createdBy: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Compare-and-set counter: every change adds one. */
  readonly revision: number;
}

export type RolloutArm = 'candidate' | 'baseline' | 'live' | 'shadow';

/** What one run counted for a rollout's guardrails (runtime/rollout/observation.ts), per stage and arm. */
export interface RolloutObservationRow extends Observation {
  readonly rolloutId: string;
  readonly stage: number;
  readonly arm: RolloutArm;
  readonly runId: string | null;
  readonly orderId: string;
  /** Shadow arm: effects the candidate produced, captured and never executed. */
  readonly capturedEffects: number;
  readonly createdAt: number;
}

/** Shadow mode: where the candidate would have decided an order differently from live. */
export interface RolloutDiffRow {
  readonly rolloutId: string;
  readonly orderId: string;
  readonly intakeId: string;
  /** The live run (what happened); the candidate's result is kept in resultJson. */
  readonly liveRunId: string;
  readonly diffsJson: string;
  readonly candidateResultJson: string;
  readonly createdAt: number;
}

/** Sums of observations of one arm, one order currency and one cost currency (store-side aggregation). */
export interface RolloutArmSums {
  readonly arm: RolloutArm;
  readonly currency: string | null;
  readonly costCurrency: string | null;
  readonly orders: number;
  readonly errors: number;
  readonly reviews: number;
  readonly remote: number;
  readonly remoteServed: number;
  readonly discountSum: number;
  readonly discountSq: number;
  readonly routed: number;
  readonly costSum: number;
  readonly costSq: number;
  readonly capturedEffects: number;
}
