import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSummary, mergeSummary, SAMPLE_LIMIT } from './summary/summary';
import { runBatch } from './batch';
import { checkRecord, orderJsonOf, type SimRecord } from './checked';
import { runCompareBatch } from './compare-batch';
import { createComparison, mergeComparison } from './compare-runs';
import { flowInfo } from './summary/flow-info';
import { parseJsonl } from './records';
import { at, compile, exampleContext as ctx, exampleFlow, examplePlan, withConfig } from './test-support';

/**
 * A batch split in slices (checked once, stored, run by several workers) must still give exactly the
 * summary of one run over all orders, which batch.test.ts holds equal to `orderflow simulate`.
 */
const immediately = () => Promise.resolve();
const raw = parseJsonl(readFileSync(at('examples/data/orders.jsonl'), 'utf8'));
// Unreadable lines and invalid orders among them, so rejections and their samples are merged too.
const records = [
  ...raw.slice(0, 40),
  { line: 9001, error: 'not JSON' },
  { line: 9002, value: { id: 'OF-BAD', lines: [] } },
  ...raw.slice(40),
];
const FLOWS = ['vip-priority', 'trade-in', 'returns-qc', 'multi-warehouse', 'promo-routing-decision'];
/** As IndexedDB gives it back. */
const stored = (checked: SimRecord[]) => structuredClone(checked);
const slices = <T>(all: readonly T[], cuts: readonly number[]) =>
  [0, ...cuts].map((from, i) => all.slice(from, cuts[i] ?? all.length));
const json = (value: unknown) => JSON.stringify(value);

describe('checked records', () => {
  it('keep valid orders in canonical form and leave the rest as they came', () => {
    const checked = records.map(checkRecord);
    expect(checked[0]).toMatchObject({ line: 1, order: { id: expect.any(String), kind: 'sale' } });
    expect(checked[40]).toEqual({ line: 9001, error: 'not JSON' });
    expect(checked[41]).toEqual({ line: 9002, value: { id: 'OF-BAD', lines: [] } });
    expect(orderJsonOf(checked[41]!)).toEqual({ id: 'OF-BAD', lines: [] });
    expect(orderJsonOf(checked[40]!)).toBeUndefined();
  });

  it.each(FLOWS)('%s: run without validating again to exactly the summary of the raw records', async (name) => {
    const plan = examplePlan(name);
    const rawRun = await runBatch(plan, records, ctx, { pause: immediately });
    const checkedRun = await runBatch(plan, stored(records.map(checkRecord)), ctx, { pause: immediately });
    expect(json(checkedRun.summary)).toBe(json(rawRun.summary));
    expect(checkedRun.summary.rejections.count).toBeGreaterThanOrEqual(2);
  });
});

describe('a batch read page by page', () => {
  it('runs its chunks across page boundaries and reports unreadable records in place', async () => {
    const plan = examplePlan('vip-priority');
    const pages = slices(records.slice(0, 100), [30, 60, 61]);
    async function* read() {
      yield* pages;
    }
    const progress: number[] = [];
    const seen: number[] = [];
    const paged = await runBatch(plan, { pages: read() }, ctx, {
      chunkSize: 25,
      pause: immediately,
      onProgress: (p) => progress.push(p.done),
      onResult: (_r, _rec, i) => seen.push(i),
      onUnreadable: (_rec, i) => seen.push(i),
    });
    expect(progress).toEqual([25, 50, 75, 100]);
    expect(seen).toEqual([...Array(100).keys()]);
    expect(json(paged.summary)).toBe(
      json((await runBatch(plan, records.slice(0, 100), ctx, { pause: immediately })).summary),
    );
  });

  it('stops at the next chunk when cancelled and closes the page reader', async () => {
    let closed = false;
    async function* read() {
      try {
        for (let i = 0; i < records.length; i += 20) yield records.slice(i, i + 20);
      } finally {
        closed = true;
      }
    }
    let chunks = 0;
    const result = await runBatch(examplePlan('vip-priority'), { pages: read() }, ctx, {
      chunkSize: 30,
      pause: immediately,
      onProgress: () => void chunks++,
      shouldCancel: () => chunks >= 2,
    });
    expect(result).toMatchObject({ cancelled: true, processed: 60 });
    expect(closed).toBe(true);
  });
});

describe('merging the summaries of consecutive slices', () => {
  it.each(FLOWS)('%s: equals the summary of the whole, key order included', async (name) => {
    const plan = examplePlan(name);
    const whole = await runBatch(plan, records, ctx, { pause: immediately });
    const merged = createSummary(flowInfo(plan));
    for (const slice of slices(records, [7, 41, 900, 1500]))
      mergeSummary(merged, (await runBatch(plan, slice, ctx, { pause: immediately })).summary);
    expect(json(merged)).toBe(json(whole.summary));
  });

  it('keeps the first SAMPLE_LIMIT samples in order', async () => {
    const plan = examplePlan('vip-priority');
    const bad = Array.from({ length: SAMPLE_LIMIT + 5 }, (_, i) => ({ line: i + 1, error: `bad ${i}` }));
    const merged = createSummary(flowInfo(plan));
    for (const slice of slices(bad, [3, 18]))
      mergeSummary(merged, (await runBatch(plan, slice, ctx, { pause: immediately })).summary);
    expect(merged.rejections.samples.map((s) => s.line)).toEqual(bad.slice(0, SAMPLE_LIMIT).map((b) => b.line));
    expect(merged.rejections.count).toBe(SAMPLE_LIMIT + 5);
  });

  it('comparisons too, differences keeping their place in the data set', async () => {
    const flow = exampleFlow('vip-priority');
    const before = compile(flow);
    const after = compile(withConfig(flow, 'vip-10-off', { percent: 15 }));
    const whole = await runCompareBatch(before, after, records, ctx, { pause: immediately });
    const merged = createComparison();
    let offset = 0;
    for (const slice of slices(records, [100, 1200])) {
      const part = await runCompareBatch(before, after, slice, ctx, { pause: immediately });
      // A worker numbers orders from the start of the data set: shift this slice's indexes as it would.
      mergeComparison(merged, {
        ...part.comparison,
        differences: part.comparison.differences.map((d) => ({ ...d, index: d.index! + offset })),
      });
      offset += slice.length;
    }
    expect(whole.comparison.differing).toBeGreaterThan(0);
    expect(json(merged)).toBe(json(whole.comparison));
  });
});
