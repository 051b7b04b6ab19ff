import { compileFlow, type Plan } from '../../runtime/index';
import { coreRegistry } from '../../nodes/index';

/** Compiled plans by content hash: a published version never changes, so it compiles once. */
export class PlanCache {
  private readonly plans = new Map<string, Plan>();

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
    return compiled.plan;
  }
}
