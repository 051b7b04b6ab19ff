import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './test-support/fake-io';

const VIP = 'examples/flows/vip-priority.flow.json';
const CTX = ['--context', 'examples/data/context.json'];

/** A scratch directory with the given files, for broken inputs. */
function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderflow-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('orderflow (usage)', () => {
  it('prints help with exit 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('orderflow simulate <flow.json>');
  });
  it.each([
    [[], 'no command given'],
    [['deploy', VIP], 'unknown command "deploy"'],
    [['validate', VIP, '--colour'], "Unknown option '--colour'"],
    [['simulate', VIP, 'examples/data/orders.jsonl', '--trace'], '--trace is not an option of "simulate"'],
    [['run', VIP], 'expected 2 file argument(s), got 1'],
  ])('exits 2 for %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
  it('names a missing file plainly', async () => {
    const r = await cli(['validate', 'x.json']);
    expect(r).toMatchObject({ code: 2, stderr: 'orderflow: cannot read flow file "x.json": no such file\n' });
  });
});

describe('orderflow validate', () => {
  it('accepts every example flow', async () => {
    for (const name of ['trade-in', 'vip-priority', 'returns-qc', 'multi-warehouse']) {
      const r = await cli(['validate', `examples/flows/${name}.flow.json`]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        new RegExp(`^examples/flows/${name}.flow.json: ok — flow ${name} ".+", \\d+ nodes, \\d+ edges, 0 warnings\\n$`),
      );
    }
  });
  it('points at line and column of broken JSON', async () => {
    const dir = scratch({ 'bad.json': '{\n  "format": "orderflow/flow",\n  "nodes": [,]\n}\n' });
    const r = await cli(['validate', 'bad.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.json:3:13: error: not valid JSON: a value is expected [not-json]');
  });
  it('prints problems as file:line: error: message [code] (node, path)', async () => {
    const flow = {
      format: 'orderflow/flow',
      formatVersion: 1,
      id: 'f',
      name: 'F',
      nodes: [
        { id: 't', type: 'trigger' },
        { id: 'd', type: 'discount', config: { percent: 150 } },
      ],
      edges: [{ id: 'e1', source: 't', sourcePort: 'start', target: 'd' }],
    };
    const dir = scratch({ 'f.json': JSON.stringify(flow, null, 2) });
    const r = await cli(['validate', 'f.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^f\.json:\d+: error: percent: .+ \[invalid-config\] \(node d, \$\.nodes\[1\]\.config\.percent\)$/m,
    );
    expect(r.stdout).toMatch(/^f\.json: \d+ errors?, 0 warnings$/m);
  });
  it('words the problems in Chinese with --lang zh, at the same file:line places', async () => {
    const flow = {
      format: 'orderflow/flow',
      formatVersion: 1,
      id: 'f',
      name: 'F',
      nodes: [
        { id: 't', type: 'trigger' },
        { id: 'vip', type: 'condition', config: { expression: { '==': [{ var: 'customer.teir' }, 'vip'] } } },
        { id: 'd', type: 'discount', config: { percent: 150 } },
        { id: 'island', type: 'tag', config: { tags: ['x'] } },
      ],
      edges: [
        { id: 'e1', source: 't', sourcePort: 'start', target: 'vip' },
        { id: 'e2', source: 'vip', sourcePort: 'false', target: 'd' },
        { id: 'e3', source: 'd', sourcePort: 'next', target: 'vip' },
      ],
    };
    const dir = scratch({ 'f.json': JSON.stringify(flow, null, 2), 'bad.json': '{\n  "nodes": [,]\n}\n' });
    const en = await cli(['validate', 'f.json'], dir);
    const zh = await cli(['validate', 'f.json', '--lang', 'zh'], dir);
    expect(zh.code).toBe(1);
    // Everything but the message is the same: file:line, severity, code, node and path; and the summary.
    const frame = (stdout: string) =>
      stdout.split('\n').map((line) => line.replace(/: (error|warning): .* \[/, ': $1: … ['));
    expect(frame(zh.stdout)).toEqual(frame(en.stdout));
    expect(zh.stdout).toMatch(
      /^f\.json:\d+: error: 节点 vip 的输出“是”必须连到下一步 \[required-port-unconnected\] \(node vip, \$\.nodes\[1\]\)$/m,
    );
    expect(zh.stdout).toMatch(/^f\.json:\d+: error: 流程出现循环：vip → d → vip；流程中不能有循环 \[cycle\]/m);
    expect(zh.stdout).toMatch(
      /^f\.json:\d+: error: percent：不能大于 100 \[invalid-config\] \(node d, \$\.nodes\[2\]\.config\.percent\)$/m,
    );
    expect(zh.stdout).toMatch(
      /^f\.json:\d+: warning: customer\.teir 不是订单的字段；是否要写 customer\.tier？ \[logic-unknown-var\]/m,
    );
    expect(zh.stdout).toMatch(/^f\.json:\d+: warning: island 无法从起点到达，永远不会执行 \[unreachable-node\]/m);
    expect(en.stdout).toContain('island cannot be reached from the trigger, so it never runs');
    expect((await cli(['validate', 'bad.json', '--lang', 'zh'], dir)).stdout).toContain(
      'bad.json:2:13: error: 不是有效的 JSON：此处应有一个值 [not-json]',
    );
    const json = JSON.parse((await cli(['validate', 'f.json', '--lang', 'zh', '--json'], dir)).stdout);
    expect(json.problems.find((p: { code: string }) => p.code === 'cycle').message).toBe(
      '流程出现循环：vip → d → vip；流程中不能有循环',
    );
    expect(await cli(['validate', 'f.json', '--lang', 'fr'], dir)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--lang "fr": expected en or zh'),
    });
  });
  it('explains an unknown custom type and loads it with --nodes', async () => {
    const flow = 'examples/custom-node/loyalty.flow.json';
    expect((await cli(['validate', flow])).stdout).toContain('hint: custom node types load with --nodes');
    expect((await cli(['validate', flow, '--nodes', 'examples/custom-node/index.ts'])).code).toBe(0);
  });
});

describe('orderflow run', () => {
  it('prints the RunResult: a VIP ¥4,055 order gets 10% (¥405.50) off', async () => {
    const r = await cli(['run', VIP, 'examples/data/orders/vip-big-order.json', ...CTX]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      status: 'completed',
      orderId: 'OF-VIP-0001',
      totals: { discount: { amount: 40550 } },
    });
  });
  it('stops at a waiting node and says how to decide', async () => {
    const r = await cli([
      'run',
      'examples/flows/trade-in.flow.json',
      'examples/data/orders/trade-in-washer.json',
      ...CTX,
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe('waiting');
    expect(r.stderr).toContain('waiting at old-unit-qc (qc): decide with --decide old-unit-qc=pass|fail');
  });
  it('takes decisions up front with --decide, and checks them', async () => {
    const args = [
      'run',
      'examples/flows/trade-in.flow.json',
      'examples/data/orders/trade-in-washer.json',
      ...CTX,
      '--trace',
    ];
    const failed = JSON.parse((await cli([...args, '--decide', 'old-unit-qc=fail'])).stdout);
    expect(failed.outcome).toMatchObject({ decision: 'hold', tags: ['trade-in-mismatch'] });
    expect(failed.trace.some((step: { changes?: unknown }) => step.changes)).toBe(true);
    const wrong = await cli([...args, '--decide', 'old-unit-qc=maybe']);
    expect(wrong).toMatchObject({ code: 2 });
    expect(wrong.stderr).toContain('old-unit-qc has no port "maybe" (its ports: pass, fail)');
  });
  it('writes notes in Chinese with --lang zh, deciding as in English', async () => {
    const args = [
      'run',
      'examples/flows/trade-in.flow.json',
      'examples/data/orders/trade-in-washer.json',
      ...CTX,
      '--trace',
      '--decide',
      'old-unit-qc=fail',
    ];
    const en = JSON.parse((await cli(args)).stdout);
    const zh = JSON.parse((await cli([...args, '--lang', 'zh'])).stdout);
    const qcNote = (result: { trace: { nodeId: string; note?: string }[] }) =>
      result.trace.find((step) => step.nodeId === 'old-unit-qc')?.note;
    expect(qcNote(en)).toMatch(/^failed at /);
    expect(qcNote(zh)).toMatch(/质检不合格$/);
    expect(zh.outcome.decision).toBe(en.outcome.decision);
    expect(zh.totals).toEqual(en.totals);
    expect(zh.trace.map((step: { port?: string }) => step.port)).toEqual(
      en.trace.map((step: { port?: string }) => step.port),
    );
    const bad = await cli([...args, '--lang', 'fr']);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('--lang "fr": expected en or zh');
  });
  it('rejects an invalid order with exit 1 and its line', async () => {
    const dir = scratch({
      'o.json': JSON.stringify(
        {
          id: 'X1',
          channel: 'jd',
          channelOrderId: '1',
          status: 'paid',
          createdAt: '2026-11-10T10:00:00+08:00',
          currency: 'CNY',
          customer: { id: 'c' },
          shippingAddress: { country: 'CN' },
          lines: [{ id: 'L1', sku: 'S', quantity: -1, unitPrice: { amount: 100, currency: 'CNY' } }],
        },
        null,
        2,
      ),
    });
    const r = await cli(['run', join(process.cwd(), VIP), 'o.json', '--now', '2026-11-11T10:00:00+08:00'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).status).toBe('rejected');
    expect(r.stderr).toMatch(/^o\.json:\d+: error: lines\.0\.quantity: .+ \[invalid-order\]/m);
  });
  it('uses the wall clock only without --context and --now, and says so', async () => {
    const r = await cli(['run', VIP, 'examples/data/orders/us-shopify.json']);
    expect(r.stderr).toContain('note: no --context: using no warehouses or carriers and now=2026-11-11T02:00:00.000Z');
    expect((await cli(['run', VIP, 'examples/data/orders/us-shopify.json', '--now', 'yesterday'])).code).toBe(2);
  });
});

// Each run simulates the 2,400 example orders: well under a second alone, several seconds under full-suite load
// on 2 cores, so the limit is a hang detector rather than 5 s.
describe('orderflow simulate', { timeout: 60_000 }, () => {
  const args = ['simulate', VIP, 'examples/data/orders.jsonl', ...CTX];
  it('prints a readable summary and exits 0 although some orders were rejected', async () => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Orders: 2,400');
    expect(r.stdout).toMatch(/^ {2}rejected +25 +1\.0%$/m);
    expect(r.stdout).toMatch(/^ {4}line 50 OF-000050: lines\.0\.quantity: /m);
    expect(r.stdout).toMatch(/average shipping cost CNY: ¥\d+\.\d\d per order/);
  });
  it('exits 1 with --strict when orders were rejected', async () => {
    expect((await cli([...args, '--strict'])).code).toBe(1);
  });
  it('prints the same figures as JSON with --json', async () => {
    const summary = JSON.parse((await cli([...args, '--json'])).stdout);
    expect(summary.status).toEqual({ completed: 2375, waiting: 0, rejected: 25, failed: 0 });
    expect(summary.nodes['vip-10-off'].hits).toBe(summary.nodes['member-tier'].ports.vip);
  });
  it('streams a .json array and reports unreadable elements with their line', async () => {
    const order = (id: string) =>
      JSON.stringify({
        id,
        channel: 'tmall',
        channelOrderId: id,
        status: 'paid',
        createdAt: '2026-11-10T10:00:00+08:00',
        currency: 'CNY',
        customer: { id: 'c', tier: 'vip' },
        shippingAddress: { country: 'CN' },
        lines: [{ id: 'L1', sku: 'S', quantity: 1, unitPrice: { amount: 60000, currency: 'CNY' } }],
      });
    const dir = scratch({ 'orders.json': `[\n${order('A')},\n{"id": "B", oops},\n${order('C')}\n]\n` });
    const r = await cli(
      ['simulate', join(process.cwd(), VIP), 'orders.json', '--now', '2026-11-11T10:00:00+08:00', '--json'],
      dir,
    );
    const summary = JSON.parse(r.stdout);
    expect(summary.status).toEqual({ completed: 2, waiting: 0, rejected: 1, failed: 0 });
    expect(summary.discounts).toEqual({ CNY: { orders: 2, amount: 12000 } });
    expect(summary.rejections.samples[0]).toMatchObject({ orderId: null, line: 3 });
  });
  it('runs custom node types loaded with --nodes', async () => {
    const r = await cli([
      'simulate',
      'examples/custom-node/loyalty.flow.json',
      'examples/data/orders.jsonl',
      ...CTX,
      '--nodes',
      'examples/custom-node/index.ts',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/points .+acme\/loyalty-points +1,856/);
  });
});
