import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { runBatch, parseJsonl } from '../../runtime/index';
import { at, exampleContext as ctx, examplePlan } from '../../runtime/simulation/test-support';
import { simulateCommand } from './simulate';

const ordersText = readFileSync(at('examples/data/orders.jsonl'), 'utf8');
const FLOWS = ['vip-priority', 'trade-in', 'returns-qc', 'multi-warehouse', 'promo-routing-decision'];
const immediately = () => Promise.resolve();

/** `orderflow simulate <flow> <orders> --context … --json`, parsed. */
async function cliSummary(flowPath: string, ordersPath: string, carryOver = false): Promise<unknown> {
  let out = '';
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true }, cwd: at() };
  const args = {
    flowPath,
    ordersPath,
    contextPath: 'examples/data/context.json',
    decide: [],
    json: true,
    strict: false,
    carryOver,
  };
  await simulateCommand(io, args, coreRegistry, () => new Date());
  return JSON.parse(out);
}

describe("orderflow simulate (a streamed file) agrees exactly with the editor's batch (text in memory)", () => {
  it.each(FLOWS)('%s over examples/data/orders.jsonl', async (name) => {
    const { summary, processed, cancelled } = await runBatch(examplePlan(name), parseJsonl(ordersText), ctx, {
      pause: immediately,
    });
    expect(cancelled).toBe(false);
    expect(processed).toBe(summary.orders);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(
      await cliSummary(`examples/flows/${name}.flow.json`, 'examples/data/orders.jsonl'),
    );
  });

  it.each(['vip-priority', 'multi-warehouse'])(
    '%s with stock and gift counts carried over (--carry-over)',
    async (name) => {
      const carried = await runBatch(examplePlan(name), parseJsonl(ordersText), ctx, {
        pause: immediately,
        carryOver: true,
      });
      const plain = await runBatch(examplePlan(name), parseJsonl(ordersText), ctx, { pause: immediately });
      expect(JSON.parse(JSON.stringify(carried.summary))).toEqual(
        await cliSummary(`examples/flows/${name}.flow.json`, 'examples/data/orders.jsonl', true),
      );
      // 2,400 orders drain the example stock: routes change.
      expect(carried.summary.routes).not.toEqual(plain.summary.routes);
    },
  );

  it('including unreadable lines, blank lines and invalid orders', async () => {
    const lines = ordersText.split('\n').slice(0, 30);
    lines.splice(3, 0, '{"id": "broken",', '', '{"id":"OF-BAD","lines":[]}');
    const dir = mkdtempSync(join(tmpdir(), 'of-batch-'));
    writeFileSync(join(dir, 'orders.jsonl'), `${lines.join('\r\n')}\n`);
    const { summary } = await runBatch(
      examplePlan('vip-priority'),
      parseJsonl(readFileSync(join(dir, 'orders.jsonl'), 'utf8')),
      ctx,
      { pause: immediately },
    );
    expect(summary.rejections.count).toBe(2);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(
      await cliSummary('examples/flows/vip-priority.flow.json', join(dir, 'orders.jsonl')),
    );
  });
});
