import { compileFlow, runOrder, type Plan, type Order, type RunContext, type RunOptions } from '../../runtime/index';
import { coreRegistry } from '../../nodes/index';
import type { BuiltFlows } from './built-flows';

/**
 * Compiled plans by content hash: a published version never changes, so it compiles once. With
 * `built`, each version is also built into a flow module, which then runs its live orders.
 */
export class PlanCache {
  private readonly plans = new Map<string, Plan>();

  constructor(readonly built?: BuiltFlows) {}

  plan(contentHash: string, flowJson: string): Plan {
    const known = this.plans.get(contentHash);
    if (known) return known;
    const compiled = compileFlow(flowJson, coreRegistry);
    // Only checked flows are published, so this is a corrupted row: say which one.
    if (!compiled.ok)
      throw new Error(
        `published flow ${contentHash.slice(0, 12)} no longer compiles: ${compiled.problems[0]?.message ?? 'unknown problem'}`,
      );
    this.plans.set(contentHash, compiled.plan);
    void this.built?.build(compiled.plan);
    return compiled.plan;
  }

  /**
   * Compiles a version just published (and starts building its module), so its first order does not
   * wait for either. Never fails the publish: a version that does not compile fails its orders, loudly.
   */
  warm(contentHash: string, flowJson: string): void {
    try {
      this.plan(contentHash, flowJson);
    } catch {
      // reported by the first order that runs this version
    }
  }

  /** Runs a checked order on a version: through its built module once loaded, else the interpreter (same results). */
  runOrder(plan: Plan, order: Order, ctx: RunContext, options: RunOptions): ReturnType<typeof runOrder> {
    const module = this.built?.get(plan.contentHash);
    return module ? module.runOrder(order, ctx, options) : runOrder(plan, order, ctx, options);
  }
}
