import type { Hold, Outcome, OutcomePatch } from '../order/outcome';
import type { Totals } from '../order/totals';
import type { Locale } from '../i18n/locale';
import type { Problem } from './problem';
import type { JsonValue } from '../json/json';
import type { RunState } from './run-state';

export type { RunState } from './run-state';

export type RunStatus = 'completed' | 'waiting' | 'rejected' | 'failed';

/** One node visited: the port it took (or that it waited) and what it changed. */
export interface TraceStep {
  readonly nodeId: string;
  readonly type: string;
  /** The port taken; null when the path ended here; absent when the node waited or failed. */
  readonly port?: string | null;
  readonly waited?: boolean;
  readonly changes?: OutcomePatch;
  readonly note?: string;
  /** Decision tables: the rows that matched (1-based, as people count), with the order line for per-line tables. */
  readonly matchedRows?: readonly MatchedRow[];
}

/** One row a decision table matched: its number (1-based) and, in per-line mode, the line it matched for. */
export interface MatchedRow {
  readonly row: number;
  readonly lineId?: string;
}

export interface Waiting {
  readonly nodeId: string;
  readonly kind: Hold['kind'];
  readonly reason: string;
  /** The decisions `resume` accepts: port ids of the waiting node. */
  readonly ports: readonly string[];
  readonly hold: Hold;
  /** For an API call: the request the host performs before it resumes the run with the answer. */
  readonly call?: JsonValue;
}

export interface RunResult {
  readonly status: RunStatus;
  readonly flowId: string;
  /** The order id, or the raw input's id when it could be read, for rejected orders. */
  readonly orderId: string | null;
  readonly outcome: Outcome | null;
  readonly totals: Totals | null;
  /** Visited nodes in order. Without `trace: true`, steps carry only node, type and port. */
  readonly trace: readonly TraceStep[];
  readonly waiting?: Waiting;
  readonly state?: RunState;
  readonly problems?: readonly Problem[];
  readonly error?: { readonly nodeId: string; readonly message: string };
}

export interface RunOptions {
  /** Record what each node changed (costs a little time); the path is always recorded. */
  readonly trace?: boolean;
  /** Decisions already known for waiting nodes: node id → port (e.g. { "approve-1": "approved" }). */
  readonly decisions?: Readonly<Record<string, string>>;
  /** Guards against runaway flows. Default 10,000. */
  readonly maxSteps?: number;
  /**
   * The language of the words nodes write into the result (route explanations, notes, reasons they
   * make up); decisions, amounts and paths are the same in every language. Default 'en'.
   */
  readonly locale?: Locale;
  /**
   * The host performs API calls (the server): call nodes wait for the answer. Otherwise (simulation,
   * test cases) they take their recorded example answer and go on.
   */
  readonly liveCalls?: boolean;
}
