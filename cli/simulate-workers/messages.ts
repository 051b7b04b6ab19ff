import type { SimulationSummary } from '../../runtime/index';

/** What a worker starts with (structured-cloned): the validated flow, the run context, the --decide answers. */
export interface WorkerSetup {
  readonly flow: unknown;
  readonly context: unknown;
  readonly decisions: Readonly<Record<string, string>>;
}

/** A block of whole lines for a worker; its bytes are transferred, not copied. */
export interface BlockMessage {
  readonly index: number;
  readonly firstLine: number;
  readonly bytes: Uint8Array;
}

/** A worker's answer for one block: its summary, or the line over the record limit that stopped it. */
export type ResultMessage =
  | { readonly index: number; readonly summary: SimulationSummary }
  | { readonly index: number; readonly tooLongLine: number };
