import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../../nodes/index';
import { runContextSchema } from '../../../runtime/context/context.schema';
import type { Flow } from '../../../runtime/flow/flow.schema';
import { runBatch } from '../../../runtime/simulation/batch';
import { compileFlow } from '../../../runtime/engine/compile';
import { parseJsonl } from '../../../runtime/simulation/records';
import { startJob } from './job-client';
import type { DoneMessage, FromWorker, ToWorker } from './protocol';
import { createWorkerCore } from './worker-core';

const root = join(import.meta.dirname, '..', '..', '..');
const flow = JSON.parse(readFileSync(join(root, 'examples/flows/vip-priority.flow.json'), 'utf8')) as Flow;
const context = runContextSchema.parse(JSON.parse(readFileSync(join(root, 'examples/data/context.json'), 'utf8')));
const records = [...parseJsonl(readFileSync(join(root, 'examples/data/orders.jsonl'), 'utf8')).slice(0, 200), { line: 999, error: 'not JSON' }];

function harness() {
  const messages: FromWorker[] = [];
  let pauses = 0;
  let onPause: (() => void) | undefined;
  const core = createWorkerCore((m) => messages.push(m), coreRegistry, async () => {
    pauses++;
    onPause?.();
  });
  return { messages, core, pauses: () => pauses, setOnPause: (f: () => void) => (onPause = f) };
}

const run = (extra: Partial<Extract<ToWorker, { type: 'run' }>> = {}): ToWorker => ({ type: 'run', jobId: 1, flow, records, context, chunkSize: 50, ...extra });

describe('the simulation worker core', () => {
  it('posts progress every chunk, then the summary, per-order results and canvas hits', async () => {
    const { messages, core } = harness();
    await core.handle(run());
    const progress = messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.done : 0));
    expect(progress).toEqual([50, 100, 150, 200, 201]);
    const done = messages.at(-1) as DoneMessage;
    expect(done.type).toBe('done');
    const compiled = compileFlow(flow, coreRegistry);
    if (!compiled.ok) throw new Error('flow');
    expect(done.summary).toEqual((await runBatch(compiled.plan, records, context, { pause: () => Promise.resolve() })).summary);
    expect(done.results).toHaveLength(201);
    expect(done.results[200]).toMatchObject({ status: 'rejected', reasons: ['not JSON'], line: 999 });
    expect(done.results[0]!.path[0]).toBe('order-received');
    expect(done.hits['order-received']).toBe(200 - done.summary.status.rejected + 1); // rejected orders never start
    expect(done.edgeHits['e-order-received-start']).toBe(done.hits['member-tier']);
  });

  it('stops at the next chunk when cancelled and reports what was done', async () => {
    const { messages, core, setOnPause } = harness();
    setOnPause(() => void core.handle({ type: 'cancel', jobId: 1 }));
    await core.handle(run());
    expect(messages.at(-1)).toMatchObject({ type: 'done', cancelled: true, processed: 50 });
  });

  it('compares two versions', async () => {
    const { messages, core } = harness();
    const cheaper = { ...flow, nodes: flow.nodes.map((n) => (n.id === 'vip-10-off' ? { ...n, config: { ...n.config, percent: 20 } } : n)) };
    await core.handle(run({ flow: cheaper, compareFlow: flow }));
    const done = messages.at(-1) as DoneMessage;
    expect(done.compare?.comparison.differing).toBeGreaterThan(0);
    expect(done.compare?.fingerprint).not.toBe(done.fingerprint);
  });

  it('reports a flow with errors instead of running it', async () => {
    const { messages, core } = harness();
    await core.handle(run({ flow: { ...flow, edges: [] } }));
    expect(messages).toEqual([expect.objectContaining({ type: 'error', message: expect.stringContaining('the flow has errors') })]);
  });

  it('runs in-thread through startJob where there is no Worker', async () => {
    const progress: number[] = [];
    const job = startJob({ flow, records, context, chunkSize: 100 }, { registry: coreRegistry, onProgress: (p) => progress.push(p.done) });
    const done = await job.result;
    expect(done.processed).toBe(201);
    expect(progress).toEqual([100, 200, 201]);
  });
});
