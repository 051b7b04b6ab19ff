import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../../nodes/index';
import {
  runContextSchema,
  runBatch,
  checkRecord,
  compileFlow,
  parseJsonl,
  createSummary,
} from '../../../runtime/index';
import type { Flow } from '../../../runtime/index';
import { addDataset, getDatasetLabels, getDatasetRecords, getRunResults, saveRunResults } from '../db/repo';
import { DATASET_PAGE_SIZE, SimulationDb } from '../db/simulation-db';
import { exportInWorker, importInWorker, startJob } from './job-client';
import type { DoneMessage, FromWorker, RunRequest, ToWorker, WorkerLike } from './protocol';
import { createWorkerCore } from './worker-core';

const root = join(import.meta.dirname, '..', '..', '..');
const flow = JSON.parse(readFileSync(join(root, 'examples/flows/vip-priority.flow.json'), 'utf8')) as Flow;
const context = runContextSchema.parse(JSON.parse(readFileSync(join(root, 'examples/data/context.json'), 'utf8')));
const ordersText = readFileSync(join(root, 'examples/data/orders.jsonl'), 'utf8');
const records = [...parseJsonl(ordersText).slice(0, 200), { line: 999, error: 'not JSON' }];
const plan = (() => {
  const compiled = compileFlow(flow, coreRegistry);
  if (!compiled.ok) throw new Error('flow');
  return compiled.plan;
})();
const summaryOf = async (input: typeof records) =>
  (await runBatch(plan, input, context, { pause: () => Promise.resolve() })).summary;
const json = (value: unknown) => JSON.stringify(value);
const freshDb = () => new SimulationDb(`sim-worker-${Math.random().toString(36).slice(2)}`);

function harness(db = freshDb()) {
  const messages: FromWorker[] = [];
  let onPause: (() => void) | undefined;
  const core = createWorkerCore((m) => messages.push(m), coreRegistry, {
    pause: async () => onPause?.(),
    openDb: () => db,
  });
  return { db, messages, core, setOnPause: (f: () => void) => (onPause = f) };
}

const run = (db: SimulationDb, extra: Partial<RunRequest> = {}): ToWorker => ({
  type: 'run',
  jobId: 1,
  dbName: db.name,
  flow,
  source: { kind: 'records', records },
  offset: 0,
  context,
  chunkSize: 50,
  ...extra,
});

/** A stored data set of `count` example orders, checked on import as the import worker does. */
async function storedDataset(db: SimulationDb, count: number) {
  const all = parseJsonl(ordersText);
  const picked = Array.from({ length: count }, (_, i) =>
    i === 3 ? { line: 4, error: 'not JSON' } : { ...all[i % all.length]!, line: i + 1 },
  );
  const row = await addDataset(
    db,
    { name: 'big.jsonl', format: 'jsonl', orders: count - 1, unreadable: 1 },
    picked.map(checkRecord),
  );
  return { row, picked };
}

describe('the simulation worker core', () => {
  it('posts progress every chunk, then the summary, the problems to list and the edge counts', async () => {
    const { db, messages, core } = harness();
    await core.handle(run(db));
    const progress = messages.filter((m) => m.type === 'progress').map((m) => (m.type === 'progress' ? m.done : 0));
    expect(progress).toEqual([50, 100, 150, 200, 201]);
    const done = messages.at(-1) as DoneMessage;
    expect(done.type).toBe('done');
    expect(done.summary).toEqual(await summaryOf(records));
    expect(done.problems.at(-1)).toMatchObject({ index: 200, status: 'rejected', reasons: ['not JSON'], line: 999 });
    expect(done.problems).toHaveLength(done.summary.status.rejected + done.summary.status.failed);
    expect(done.edgeHits['e-order-received-start']).toBe(done.summary.nodes['member-tier']!.hits);
    expect(done.timings).toMatchObject({ orders: 201, loadMs: expect.any(Number), runMs: expect.any(Number) });
  });

  it("keeps every order's result in the database when asked, and hands back none of them", async () => {
    const { db, messages, core } = harness();
    await core.handle(run(db, { keepResults: { key: 'k', part: 0 } }));
    // The summary first, then word that the results are written.
    expect(messages.slice(-2).map((m) => m.type)).toEqual(['done', 'stored']);
    expect(messages.at(-2)).not.toHaveProperty('results');
    const results = await getRunResults(db, 'k');
    expect(results.map((r) => r.index)).toEqual([...Array(201).keys()]);
    expect(results[0]!.path[0]).toBe('order-received');
    expect(results[200]).toMatchObject({ status: 'rejected', reasons: ['not JSON'], line: 999 });
  });

  it('reads its share of a stored data set page by page, numbering orders from their place in the data set', async () => {
    const { db, messages, core } = harness();
    const { row, picked } = await storedDataset(db, DATASET_PAGE_SIZE + 40);
    await core.handle(
      run(db, {
        source: { kind: 'pages', datasetId: row.id, fromPage: 1, toPage: 2, count: 40 },
        offset: DATASET_PAGE_SIZE,
        keepResults: { key: 'k', part: 1 },
      }),
    );
    const done = messages.find((m) => m.type === 'done') as DoneMessage;
    expect(done.processed).toBe(40);
    expect(done.summary).toEqual(await summaryOf(picked.slice(DATASET_PAGE_SIZE)));
    expect((await getRunResults(db, 'k')).map((r) => r.index)).toEqual(
      Array.from({ length: 40 }, (_, i) => DATASET_PAGE_SIZE + i),
    );
  });

  it('stops at the next chunk when cancelled and reports what was done', async () => {
    const { db, messages, core, setOnPause } = harness();
    setOnPause(() => void core.handle({ type: 'cancel', jobId: 1 }));
    await core.handle(run(db));
    expect(messages.at(-1)).toMatchObject({ type: 'done', cancelled: true, processed: 50 });
  });

  it('compares two versions', async () => {
    const { db, messages, core } = harness();
    const cheaper = {
      ...flow,
      nodes: flow.nodes.map((n) => (n.id === 'vip-10-off' ? { ...n, config: { ...n.config, percent: 20 } } : n)),
    };
    await core.handle(run(db, { flow: cheaper, compareFlow: flow, offset: 1000 }));
    const done = messages.at(-1) as DoneMessage;
    expect(done.compare?.comparison.differing).toBeGreaterThan(0);
    expect(done.compare?.fingerprint).not.toBe(done.fingerprint);
    expect(done.compare!.comparison.differences.every((d) => d.index! >= 1000)).toBe(true);
  });

  it('reports a flow with errors instead of running it', async () => {
    const { db, messages, core } = harness();
    await core.handle(run(db, { flow: { ...flow, edges: [] } }));
    expect(messages).toEqual([
      expect.objectContaining({ type: 'error', message: expect.stringContaining('the flow has errors') }),
    ]);
  });
});

describe('batches through startJob (in-thread where there is no Worker)', () => {
  it('runs records with progress, merging the shares of several workers into one summary', async () => {
    const progress: number[] = [];
    const job = startJob(
      { db: freshDb(), flow, source: { kind: 'records', records }, context, chunkSize: 100 },
      { registry: coreRegistry, workers: 2, onProgress: (p) => progress.push(p.done) },
    );
    const done = await job.result;
    expect(done.processed).toBe(201);
    expect(progress.at(-1)).toBe(201);
    expect(json(done.summary)).toBe(json(await summaryOf(records)));
    expect(done.hits['member-tier']).toBe(done.summary.nodes['member-tier']!.hits);
    expect(done.problems.at(-1)).toMatchObject({ index: 200, line: 999 });
    expect(done.timings).toHaveLength(2);
    expect(done.resultsKey).toBeUndefined();
  });

  it('runs a stored data set by id in shares of whole pages, and keeps every result in order', async () => {
    const db = freshDb();
    const { row, picked } = await storedDataset(db, DATASET_PAGE_SIZE * 2 + 10);
    const done = await startJob(
      { db, flow, source: { kind: 'stored', datasetId: row.id, size: row.size }, context, keepResults: true },
      { registry: coreRegistry, workers: 2 },
    ).result;
    expect(json(done.summary)).toBe(json(await summaryOf(picked)));
    await done.stored;
    const results = await getRunResults(db, done.resultsKey!);
    expect(results.map((r) => r.index)).toEqual([...Array(picked.length).keys()]);
    expect(await db.runResults.count()).toBe(2);
  });

  it('stops every worker at its next chunk when cancelled, keeping what each did', async () => {
    const db = freshDb();
    let job: ReturnType<typeof startJob> | undefined;
    // Both workers (in-thread, taking turns) have done a chunk of 20 by then. onProgress may read `job` before
    // startJob returns, so it cannot be a const.
    // eslint-disable-next-line prefer-const
    job = startJob(
      { db, flow, source: { kind: 'records', records }, context, chunkSize: 20, keepResults: true },
      { registry: coreRegistry, workers: 2, onProgress: (p) => p.done >= 40 && job?.cancel() },
    );
    const done = await job.result;
    await done.stored;
    expect(done.cancelled).toBe(true);
    expect(done.processed).toBeLessThan(records.length);
    expect(done.summary.orders).toBe(done.processed);
    // Each worker's results, in data set order: the first share's from 0, the second's from its offset.
    const indexes = (await getRunResults(db, done.resultsKey!)).map((r) => r.index);
    expect(indexes).toHaveLength(done.processed);
    expect(indexes[0]).toBe(0);
    expect(indexes).toContain(100);
  });

  it('hands over the summary before the results are stored, and drops them if storing fails', async () => {
    const db = freshDb();
    await saveRunResults(db, 'never-mind', 0, []);
    const fake = (): WorkerLike => {
      const worker: WorkerLike = {
        onmessage: null,
        postMessage: (message) => {
          if (message.type !== 'run') return;
          const summary = createSummary({ flowId: 'f', flowName: 'F', nodes: [] });
          const reply = (data: FromWorker) => setTimeout(() => worker.onmessage?.({ data }), 0);
          reply({
            type: 'done',
            jobId: message.jobId,
            cancelled: false,
            processed: 0,
            fingerprint: 'fp',
            summary,
            problems: [],
            edgeHits: {},
            timings: { startedAt: 0, orders: 0, loadMs: 0, runMs: 0 },
          });
          // The share's results were written before the disk filled up: the job drops them.
          void saveRunResults(db, message.keepResults!.key, 0, []).then(() =>
            reply({ type: 'error', jobId: message.jobId, message: 'QuotaExceededError' }),
          );
        },
        terminate: () => undefined,
      };
      return worker;
    };
    const done = await startJob(
      { db, flow, source: { kind: 'records', records: [] }, context, keepResults: true },
      { registry: coreRegistry, createWorker: fake },
    ).result;
    expect(done.summary.orders).toBe(0);
    await expect(done.stored).rejects.toThrow('QuotaExceededError');
    expect(await getRunResults(db, done.resultsKey!)).toEqual([]);
    expect(await db.runResults.count()).toBe(1); // another run's results stay
  });

  it('leaves no results behind when a share fails', async () => {
    const db = freshDb();
    const job = startJob(
      { db, flow, source: { kind: 'stored', datasetId: 'ds-gone', size: 10 }, context, keepResults: true },
      { registry: coreRegistry },
    );
    await expect(job.result).rejects.toThrow('page 0 of data set ds-gone is missing');
    expect(await db.runResults.count()).toBe(0);
  });
});

describe('imports and exports in the worker', () => {
  it('imports a file: every order checked once and stored canonical, unreadable lines kept', async () => {
    const db = freshDb();
    const text = `${ordersText.split('\n').slice(0, 3).join('\n')}\n{"id": \n{"id":"OF-BAD","lines":[]}\n`;
    const outcome = await importInWorker(db, new Blob([text]), 'orders.jsonl', undefined, { registry: coreRegistry });
    expect(outcome.dataset).toMatchObject({ name: 'orders.jsonl', format: 'jsonl', size: 5, orders: 4, unreadable: 1 });
    const stored = await getDatasetRecords(db, outcome.dataset!.id);
    expect(stored.map((r) => ('order' in r ? 'checked' : 'error' in r ? 'unreadable' : 'raw'))).toEqual([
      'checked',
      'checked',
      'checked',
      'unreadable',
      'raw',
    ]);
    expect(stored[0]).toMatchObject({ line: 1, order: { kind: 'sale', coupons: expect.any(Array) } });
    expect(await getDatasetLabels(db, outcome.dataset!.id)).toEqual([
      expect.any(String),
      expect.any(String),
      expect.any(String),
      null,
      'OF-BAD',
    ]);
  });

  it('says what is wrong with a file that holds no orders', async () => {
    const outcome = await importInWorker(freshDb(), new Blob(['foo,bar\n1,2\n']), 'orders.csv', undefined, {
      registry: coreRegistry,
    });
    expect(outcome.dataset).toBeNull();
    expect(outcome.problems.length).toBeGreaterThan(0);
  });

  it('exports a stored run as CSV or JSON', async () => {
    const db = freshDb();
    const done = await startJob(
      { db, flow, source: { kind: 'records', records }, context, keepResults: true },
      { registry: coreRegistry },
    ).result;
    await done.stored;
    const csv = await exportInWorker(db, { resultsKey: done.resultsKey!, format: 'csv' }, { registry: coreRegistry });
    expect(csv.split('\r\n')[0]).toBe(
      'index,line,order_id,status,decision,currency,total,discount,gifts,waiting_at,path,reasons',
    );
    expect(csv.trimEnd().split('\r\n')).toHaveLength(202);
    const exported = JSON.parse(
      await exportInWorker(
        db,
        { resultsKey: done.resultsKey!, format: 'json', header: { flowId: flow.id } },
        { registry: coreRegistry },
      ),
    );
    expect(Object.keys(exported)).toEqual(['flowId', 'results']);
    expect(exported.results).toHaveLength(201);
  });
});
