import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreRegistry } from '../nodes/index';
import { compileFlow, emptyContext, orderSchema, runOrder, type Plan } from '../runtime/index';
import { BuiltFlows } from './services/built-flows';
import { PlanCache } from './services/plans';
import { storedResult } from './services/run-rows';
import { storeRows } from './testing/store-rows';
import { publish, startTestServer, type TestServer } from './testing/test-server';

// Real servers and SQLite on a shared 2-core machine: seconds, not milliseconds.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const ROOT = join(import.meta.dirname, '..');
const FLOW_FILE = join(ROOT, 'examples/flows/promo-routing-decision.flow.json');

function examplePlan(): Plan {
  const compiled = compileFlow(readFileSync(FLOW_FILE, 'utf8'), coreRegistry);
  if (!compiled.ok) throw new Error('the example does not compile');
  return compiled.plan;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('built flow modules on the server', () => {
  it('builds a version when it is published and decides live orders through it as the interpreter does', async () => {
    server = await startTestServer();
    const plan = examplePlan();
    expect((await publish(server, JSON.parse(readFileSync(FLOW_FILE, 'utf8')) as { id: string })).status).toBe(201);
    // Publishing started the build; this awaits the same one.
    const built = server.app.deps.plans.built!;
    const module = await built.build(plan);
    expect(module?.contentHash).toBe(plan.contentHash);
    expect(built.get(plan.contentHash)).toBe(module);
    expect(readdirSync(join(server.dataDir, 'built'))).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.mjs$/)]);

    const shop = await server.token(['intake']);
    const { cases } = JSON.parse(readFileSync(FLOW_FILE.replace('.flow.json', '.cases.json'), 'utf8')) as {
      cases: { order: Record<string, unknown> }[];
    };
    for (const [i, c] of cases.entries()) {
      const order = { ...c.order, id: `AOT-${i}` };
      const answer = await shop.request('POST', '/api/v1/orders', { body: order, key: `aot-${i}` });
      expect(answer.status).toBe(201);
      const [row] = await storeRows<{ resultJson: string; runNow: string }>(
        server.app.deps.store,
        'SELECT result_json AS "resultJson", run_now AS "runNow" FROM runs WHERE order_id = ?',
        order.id,
      );
      const ctx = { ...server.app.deps.world.context, now: row!.runNow };
      const expected = runOrder(plan, orderSchema.parse(order), ctx, { liveCalls: true });
      expect(row!.resultJson).toBe(storedResult(expected));
    }
  });

  it('runs a version on the interpreter when its module cannot be built, and logs why', async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), 'orderflow-built-')), 'not-a-dir');
    writeFileSync(blocker, 'a file where the built modules would go');
    const warnings: string[] = [];
    const plans = new PlanCache(new BuiltFlows(blocker, { warn: (_details, message) => warnings.push(message) }));
    const json = readFileSync(FLOW_FILE, 'utf8');
    const plan = plans.plan(examplePlan().contentHash, json);
    expect(await plans.built!.build(plan)).toBeUndefined();
    expect(warnings).toEqual(['building the flow module failed; the interpreter runs this version']);
    const { cases } = JSON.parse(readFileSync(FLOW_FILE.replace('.flow.json', '.cases.json'), 'utf8')) as {
      cases: { order: unknown }[];
    };
    const order = orderSchema.parse(cases[0]!.order);
    const ctx = emptyContext('2026-11-11T10:00:00+08:00');
    expect(JSON.stringify(plans.runOrder(plan, order, ctx, {}))).toBe(JSON.stringify(runOrder(plan, order, ctx, {})));
  });
});
