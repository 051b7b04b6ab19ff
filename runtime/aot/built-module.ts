import type { RunContext } from '../context/context.schema';
import type { Plan } from '../engine/compile';
import type { RunOptions, RunResult } from '../engine/types';
import type { Order } from '../order/order.schema';

/** What a module written by emitFlowModule exports, as a host that imports it sees it. */
export interface BuiltFlowModule {
  /** AOT_FORMAT of the runtime it was built for (the module refuses to load under another). */
  readonly format: number;
  readonly flowId: string;
  /** The flow's content hash (flowContentHash): the same as the plan the interpreter would run. */
  readonly contentHash: string;
  /** The flow compiled at load, for what stays with the interpreter (resume, the editor). */
  readonly plan: Plan;
  /** As the runtime's runOrder(plan, order, ctx, options). */
  readonly runOrder: (order: Order, ctx: RunContext, options?: RunOptions) => RunResult;
  /** As the runtime's runFlow(plan, input, ctx, options). */
  readonly runFlow: (input: unknown, ctx: RunContext, options?: RunOptions) => RunResult;
}
