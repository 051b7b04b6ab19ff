import type { Hold, OutcomePatch } from '../order/outcome';
import type { JsonValue } from '../json/json';
import type { MatchedRow } from '../engine/types';

/*
 * What a node's `run` returns, built only by the functions below. The run loop reads `port`, `patch` and
 * `note` of every result; when all results have the same keys in the same order, those reads stay
 * monomorphic (one hidden class), which is a large part of a run's speed. The builders give that shape
 * by construction, and the brand makes a hand-written object literal a type error, so node authors need
 * not know any of this.
 */
declare const BUILT: unique symbol;

/** A waiting node asks a person; the run stops here until `resume` brings a decision (one of `ports`). */
export interface WaitRequest {
  readonly kind: Hold['kind'];
  readonly reason: string;
  readonly ports: readonly string[];
  readonly hold: Hold;
  /** What the host must do before resuming (an API call's request); plain JSON. */
  readonly call?: JsonValue;
}

/** Take `port` (null: the path ends here), after applying `patch`; `note` goes into the trace. */
export type PortResult = {
  readonly port: string | null;
  readonly patch: OutcomePatch | undefined;
  readonly note: string | undefined;
  /** Decision tables name the rows that matched (kept in the trace step). */
  readonly matchedRows?: readonly MatchedRow[];
  readonly [BUILT]: true;
};

/** Stop and ask a person; `resume` continues at one of `wait.ports`. */
export type WaitResult = {
  readonly port: undefined;
  readonly patch: OutcomePatch | undefined;
  readonly note: string | undefined;
  readonly wait: WaitRequest;
  readonly [BUILT]: true;
};

export type NodeResult = PortResult | WaitResult;

/** The node takes `port` (null ends the path), changing the outcome by `patch`, with a trace `note`. */
export function takePort(port: string | null, patch?: OutcomePatch, note?: string): PortResult {
  return { port, patch, note } as PortResult;
}

/**
 * A result that never changes (a condition's "true", a trigger's "start"): build it once, outside `run`, and
 * return it from every run. Frozen, since runs share it.
 */
export function fixedResult(port: string | null, note?: string): PortResult {
  return Object.freeze(takePort(port, undefined, note));
}

/** The node waits for a person's decision (approval, QC); `patch` and `note` are applied and traced as usual. */
export function waitFor(wait: WaitRequest, patch?: OutcomePatch, note?: string): WaitResult {
  return { port: undefined, patch, note, wait } as WaitResult;
}

/** Whether a result waits (has no port and a wait request). */
export function isWait(result: NodeResult): result is WaitResult {
  return result.port === undefined && 'wait' in result;
}

/**
 * For a note that costs time to write and is read only when the run is traced (the gift's): extend this,
 * define `get note()`, and return `deferredNote(new MyResult(…))`.
 */
export abstract class DeferredNote {
  constructor(
    readonly port: string | null,
    readonly patch: OutcomePatch | undefined,
  ) {}
  abstract get note(): string;
}

export function deferredNote(result: DeferredNote): PortResult {
  return result as unknown as PortResult;
}
