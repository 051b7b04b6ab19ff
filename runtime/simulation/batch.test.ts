import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runBatch } from './batch';
import { runCompareBatch } from './compare-batch';
import { parseJsonl, toRecords, type BatchRecord } from './records';
import { at, compile, exampleContext as ctx, exampleFlow, examplePlan, order, withConfig } from './test-support';

const ordersText = readFileSync(at('examples/data/orders.jsonl'), 'utf8');
const immediately = () => Promise.resolve();

describe('runBatch', () => {
  const plan = examplePlan('vip-priority');
  const records = parseJsonl(ordersText).slice(0, 100);

  it('reports progress after every chunk and yields between chunks', async () => {
    const progress: number[] = [];
    let pauses = 0;
    await runBatch(plan, records, ctx, {
      chunkSize: 30,
      pause: async () => void pauses++,
      onProgress: (p) => progress.push(p.done),
    });
    expect(progress).toEqual([30, 60, 90, 100]);
    expect(pauses).toBe(3);
  });

  it('stops between chunks when cancelled, keeping what was done', async () => {
    let chunks = 0;
    const seen: number[] = [];
    const result = await runBatch(plan, records, ctx, {
      chunkSize: 25,
      pause: immediately,
      onProgress: () => void chunks++,
      shouldCancel: () => chunks >= 2,
      onResult: (_r, _rec, i) => seen.push(i),
    });
    expect(result).toMatchObject({ cancelled: true, processed: 50 });
    expect(result.summary.orders).toBe(50);
    expect(seen).toHaveLength(50);
  });

  it('runs nothing when cancelled before it starts', async () => {
    expect(await runBatch(plan, records, ctx, { shouldCancel: () => true })).toMatchObject({
      cancelled: true,
      processed: 0,
    });
  });

  it('reads async iterables (streamed files) and keeps the page responsive with the default pause', async () => {
    async function* stream(): AsyncGenerator<BatchRecord> {
      yield* records.slice(0, 10);
    }
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const result = await runBatch(plan, stream(), ctx, { chunkSize: 2 });
    clearInterval(timer);
    expect(result.summary.orders).toBe(10);
    expect(ticks).toBeGreaterThan(0);
  });
});

describe('runCompareBatch', () => {
  const vipFlow = exampleFlow('vip-priority');
  const records = parseJsonl(ordersText).slice(0, 300);

  it('finds no difference between a version and itself', async () => {
    const plan = compile(vipFlow);
    const { comparison } = await runCompareBatch(plan, plan, records, ctx, { pause: immediately });
    expect(comparison).toMatchObject({ orders: 300, differing: 0, differingOrderIds: [] });
  });

  it('summarises each side as runBatch does and lists the orders a change affects', async () => {
    const before = compile(vipFlow);
    const after = compile(withConfig(vipFlow, 'vip-10-off', { percent: 15 }));
    const result = await runCompareBatch(before, after, records, ctx, { pause: immediately, chunkSize: 50 });
    expect(result.before).toEqual((await runBatch(before, records, ctx, { pause: immediately })).summary);
    expect(result.after).toEqual((await runBatch(after, records, ctx, { pause: immediately })).summary);
    expect(result.comparison.differing).toBeGreaterThan(0);
    for (const d of result.comparison.differences)
      expect(d.diffs.some((f) => f.field === 'discount.vip-10-off' || f.field === 'discount.double11')).toBe(true);
    expect(result.comparison.after.discount['CNY']!.amount).toBeGreaterThan(
      result.comparison.before.discount['CNY']!.amount,
    );
  });

  it('toRecords numbers in-memory orders', async () => {
    const plan = compile(vipFlow);
    const { summary } = await runBatch(plan, toRecords([order('vip', [['X', 'beauty', 100, 1]]), { id: 'bad' }]), ctx, {
      pause: immediately,
    });
    expect(summary.rejections.samples).toEqual([expect.objectContaining({ orderId: 'bad', line: 2 })]);
  });
});
