/**
 * Our runtime's built flow module (orderflow build, runtime/aot) of the same example flow: written to
 * a temp dir and imported, as the server does at publish time. Nothing is evaluated at run time.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitFlowModule, emptyContext, type BuiltFlowModule, type Plan } from '../../runtime/index';
import { PROMO_FLOW_PATH } from '../decision/promo-flow';
import type { Engine } from './engine';
import { compileOrThrow, decisionOf } from './orderflow';

export const BUILT_ENGINE = 'orderflow built module';

/** A plan built into a module in a temp dir, imported. */
export async function importBuiltPlan(plan: Plan): Promise<BuiltFlowModule> {
  const source = emitFlowModule(plan, {
    runtime: new URL('../../runtime/index.ts', import.meta.url).href,
    registry: { from: new URL('../../nodes/index.ts', import.meta.url).href, name: 'coreRegistry' },
  });
  const file = join(mkdtempSync(join(tmpdir(), 'orderflow-bench-')), `${plan.flowId}.mjs`);
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href)) as BuiltFlowModule;
}

export async function builtEngine(now: string): Promise<Engine> {
  const built = await importBuiltPlan(compileOrThrow(PROMO_FLOW_PATH));
  const ctx = emptyContext(now);
  const quiet = { trace: false } as const;
  return {
    name: BUILT_ENGINE,
    computes: 'as runOrder, through the flow built into a module: conditions as plain code, ports as direct jumps',
    run: (order) => built.runOrder(order, ctx, quiet),
    decision: (order) => decisionOf(built.runOrder(order, ctx, quiet)),
  };
}
