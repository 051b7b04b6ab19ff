import type { Plan, RunOptions, RunResult, RunContext } from '../../runtime/index';
import { runFlow, resumeFlow } from '../../runtime/index';

export interface Decided {
  readonly nodeId: string;
  readonly port: string;
}

/**
 * Runs an order and answers every wait with the node's first port (approval → approved, QC → pass),
 * so golden runs reach an end deterministically. Returns the answers given.
 */
export function runToEnd(
  plan: Plan,
  input: unknown,
  ctx: RunContext,
  options: RunOptions = {},
): { result: RunResult; decided: Decided[] } {
  let result = runFlow(plan, input, ctx, options);
  const decided: Decided[] = [];
  for (let guard = 0; result.status === 'waiting' && result.waiting && result.state && guard < 50; guard++) {
    const port = result.waiting.ports[0]!;
    decided.push({ nodeId: result.waiting.nodeId, port });
    const resumed = resumeFlow(plan, result.state, port, ctx, options);
    if (!resumed.ok) throw new Error(`resume refused: ${resumed.error.message}`);
    result = resumed.result;
  }
  return { result, decided };
}
