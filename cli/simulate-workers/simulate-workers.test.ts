import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { at } from '../../runtime/simulation/test-support';
import { simulateCommand, type SimulateArgs } from '../commands/simulate';
import { blockRecords } from './block-records';
import { INPUT_LIMITS } from '../io/open-input';
import { lineBlocks } from './line-blocks';
import { workerCount } from './worker-count';

const ordersText = readFileSync(at('examples/data/orders.jsonl'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'of-workers-'));

/**
 * The example orders (~1% invalid: more rejections than the samples keep) with what a real export holds:
 * a BOM, CRLF endings, blank and unreadable lines, and no line break after the last order.
 */
const messyPath = join(dir, 'messy.jsonl');
const lines = ordersText.split('\n').filter(Boolean);
lines.splice(700, 0, '{"id": "broken",', '', '   ', '{"id":"OF-BAD","lines":[]}', 'not json at all');
writeFileSync(messyPath, `\uFEFF${lines.slice(0, 1200).join('\r\n')}\n${lines.slice(1200).join('\n')}`);

/** `orderflow simulate … --json` as printed, and its exit code. */
async function simulate(flow: string, args: Partial<SimulateArgs>): Promise<{ out: string; code: number }> {
  let out = '';
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, cwd: at() };
  const code = await simulateCommand(
    io,
    {
      flowPath: `examples/flows/${flow}.flow.json`,
      ordersPath: messyPath,
      contextPath: 'examples/data/context.json',
      decide: [],
      json: true,
      strict: false,
      ...args,
    },
    coreRegistry,
    () => new Date(),
  );
  return { out, code };
}

describe('orderflow simulate --workers N gives exactly the output of one thread', () => {
  // Blocks as small as a read (64 KiB): the 2,400 orders make ~34 blocks, so each worker runs many, out of step.
  it.each(['promo-routing-decision', 'multi-warehouse'])('%s, 1 vs 3 workers', { timeout: 120_000 }, async (flow) => {
    const one = await simulate(flow, { workers: 1 });
    const three = await simulate(flow, { workers: 3, blockBytes: 16 * 1024 });
    const summary = JSON.parse(one.out) as { orders: number; rejections: { count: number } };
    expect(summary.orders).toBe(lines.length - 2); // the two blank lines hold no order
    expect(summary.rejections.count).toBeGreaterThan(20);
    expect(three.out).toBe(one.out);
    expect(three.code).toBe(one.code);
  });

  it('with answers given up front (--decide) and --strict', { timeout: 120_000 }, async () => {
    const args = { decide: ['finance-approval=approved'], strict: true };
    const one = await simulate('trade-in', { ...args, workers: 1 });
    const two = await simulate('trade-in', { ...args, workers: 2, blockBytes: 64 * 1024 });
    expect(one.code).toBe(1); // rejected orders under --strict
    expect(two).toEqual(one);
  });
});

describe('a line over the record limit', () => {
  it('stops the command with the words and line number one thread gives', { timeout: 120_000 }, async () => {
    const path = join(dir, 'long.jsonl');
    writeFileSync(path, `${lines[0]}\n${lines[1]}\n"${'x'.repeat(INPUT_LIMITS.record + 10)}"\n${lines[2]}\n`);
    const refusal = /^orders file ".*long\.jsonl", line 3: longer than the 16 MiB limit for one record/;
    await expect(simulate('vip-priority', { ordersPath: path, workers: 1 })).rejects.toThrow(refusal);
    await expect(simulate('vip-priority', { ordersPath: path, workers: 2 })).rejects.toThrow(refusal);
  });
});

describe('the blocks sent to workers', () => {
  it('are whole lines, numbered as the file numbers them, and read to the same records', async () => {
    const blocks = [];
    for await (const block of lineBlocks(at(), messyPath, 4096)) blocks.push(block);
    expect(blocks.length).toBeGreaterThan(30); // a block is at least one 64 KiB read
    for (const block of blocks.slice(0, -1)) expect(block.bytes.at(-1)).toBe(10);
    expect(blocks.at(-1)!.bytes.at(-1)).not.toBe(10); // the last order has no line break
    const records = blocks.flatMap((block) => [...blockRecords(block.bytes, block.firstLine)]);
    expect(records.map((r) => r.line)).toEqual(
      [...Array(lines.length).keys()].map((i) => i + 1).filter((line) => line !== 702 && line !== 703),
    );
    expect(records[700]).toEqual({ line: 701, error: expect.stringMatching(/^column \d+: /) });
    expect(records[0]).toMatchObject({ value: { id: 'OF-000001' } }); // the BOM is gone
  });
});

describe('how many workers', () => {
  it('as asked for JSON Lines; one thread for a .json array or a small file', async () => {
    expect(await workerCount(at(), 'examples/data/orders.jsonl', 3)).toBe(3);
    expect(await workerCount(at(), 'orders.json', 3)).toBe(1);
    expect(await workerCount(at(), 'examples/data/orders.jsonl', undefined)).toBe(1); // 2 MiB: not worth a worker
  });
});
