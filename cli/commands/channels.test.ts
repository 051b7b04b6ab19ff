import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHANNELS } from '../../channels/index';
import { fixturePath } from '../../channels/node/fixtures';
import { cli, ROOT } from '../test-support/fake-io';
/** Trigger (acme-shop, paid) → condition (subtotal ≥ €100) → tag, shared with channels/testing/acme-shop.test.ts. */
import ACME_FLOW from '../../channels/testing/acme-baskets.flow.json';

const readRepo = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const NOW = ['--now', '2026-11-11T10:00:00+08:00'];

/** A trigger for every channel, tagging each order with nothing but passing it through. */
const TAG_FLOW = {
  ...ACME_FLOW,
  id: 'tag-all',
  nodes: [
    { id: 'start', type: 'trigger', config: {} },
    { id: 'tag', type: 'tag', config: { tags: ['seen'] } },
  ],
  edges: [{ id: 'e1', source: 'start', sourcePort: 'start', target: 'tag' }],
};

/**
 * A scratch directory with the acme-shop mapping, the two flows, and acme payloads as JSON Lines:
 * line 1 holds A-1001 and A-1002 (both fine), line 2 A-1003 (a state no rule covers), line 3 is not JSON.
 */
function acmeScratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orderflow-channels-'));
  const payload = JSON.parse(readRepo('channels/testing/acme-shop.orders.json')) as { orders: unknown[] };
  const lines = [
    JSON.stringify({ orders: payload.orders.slice(0, 2) }),
    JSON.stringify({ orders: payload.orders.slice(2) }),
    '{"orders": [ oops',
  ];
  writeFileSync(join(dir, 'acme.mapping.json'), readRepo('channels/testing/acme-shop.mapping.json'));
  writeFileSync(join(dir, 'acme.flow.json'), JSON.stringify(ACME_FLOW, null, 2));
  writeFileSync(join(dir, 'tag.flow.json'), JSON.stringify(TAG_FLOW, null, 2));
  writeFileSync(join(dir, 'payloads.jsonl'), `${lines.join('\n')}\n`);
  writeFileSync(join(dir, 'one.json'), JSON.stringify({ orders: payload.orders.slice(0, 1) }, null, 2));
  writeFileSync(join(dir, 'lost.json'), JSON.stringify({ orders: payload.orders.slice(2) }, null, 2));
  return dir;
}

describe('orderflow channels', () => {
  it('lists every built-in channel with its title and mapping file (which exists)', async () => {
    const r = await cli(['channels']);
    expect(r.code).toBe(0);
    for (const c of BUILT_IN_CHANNELS) {
      expect(r.stdout).toMatch(new RegExp(`^  ${c.channel}\\b.* ${c.mappingFile.replace(/\./g, '\\.')}`, 'm'));
      expect(existsSync(join(ROOT, c.mappingFile))).toBe(true);
    }
    expect(r.stdout).toMatch(/^ {2}douyin +Douyin 抖店 order/m);
    expect(r.stdout).toMatch(/^ {2}taobao, tmall /m);
    expect(r.stdout).toContain('--related items=<file>');
  });

  it('prints the same as JSON with --json', async () => {
    const list = JSON.parse((await cli(['channels', '--json'])).stdout) as {
      channel: string;
      mappingFile: string;
      related: string[];
    }[];
    expect(list.map((c) => c.channel)).toEqual(BUILT_IN_CHANNELS.map((c) => c.channel));
    expect(list.find((c) => c.channel === 'amazon')).toMatchObject({
      mappingFile: 'channels/mappings/amazon.mapping.json',
      related: ['items'],
    });
  });

  it('takes no file argument', async () => {
    expect((await cli(['channels', 'x.json'])).code).toBe(2);
  });

  it('works through the installed bin (tsx loads the mapping JSON files)', () => {
    const r = spawnSync(
      process.execPath,
      ['bin/orderflow.mjs', 'normalize', '--channel', 'douyin', fixturePath('douyin-1.json')],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).toBe('1 order, 0 refused\n');
    expect(r.stdout).toContain('"productIds":"3660207428038974464"');
    expect(r.status).toBe(0);
  }, 70_000); // starts Node and tsx: seconds under load; the spawn's own 60 s bound catches a hang
});

describe('orderflow simulate --channel', () => {
  it('normalizes JSON Lines of payloads first; refused records are rejected orders with their problems', async () => {
    const dir = acmeScratch();
    const r = await cli(
      ['simulate', 'acme.flow.json', 'payloads.jsonl', '--channel', 'acme.mapping.json', ...NOW, '--json'],
      dir,
    );
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.status).toEqual({ completed: 2, waiting: 0, rejected: 2, failed: 0 });
    expect(summary.tags).toEqual({ 'big-basket': 1, 'small-basket': 1 });
    expect(summary.rejections.samples).toEqual([
      {
        orderId: null,
        line: 2,
        reasons: [
          expect.stringMatching(
            /^acme-shop \$\.orders\[0\]: status: no rule of the status table holds for state="lost in the mail"/,
          ),
        ],
      },
      { orderId: null, line: 3, reasons: [expect.stringMatching(/^acme-shop \$: .*JSON/)] },
    ]);
  });

  it('prints the rejections in the text summary and exits 1 with --strict', async () => {
    const dir = acmeScratch();
    const r = await cli(
      ['simulate', 'acme.flow.json', 'payloads.jsonl', '--channel', 'acme.mapping.json', ...NOW],
      dir,
    );
    expect(r.stdout).toContain('Orders: 4');
    expect(r.stdout).toMatch(/^ {4}line 2 \(no id\): acme-shop \$\.orders\[0\]: status: no rule/m);
    expect(
      (
        await cli(
          ['simulate', 'acme.flow.json', 'payloads.jsonl', '--channel', 'acme.mapping.json', ...NOW, '--strict'],
          dir,
        )
      ).code,
    ).toBe(1);
  });

  it('runs a built-in channel payload file (.json: one payload, possibly many orders)', async () => {
    const dir = acmeScratch();
    const r = await cli(
      ['simulate', 'tag.flow.json', fixturePath('amazon-1.json'), '--channel', 'amazon', ...NOW, '--json'],
      dir,
    );
    const summary = JSON.parse(r.stdout);
    expect(summary.status).toEqual({ completed: 2, waiting: 0, rejected: 1, failed: 0 });
    expect(summary.rejections.samples[0]).toMatchObject({
      orderId: null,
      line: expect.any(Number),
      reasons: [expect.stringContaining('amazon $.example.payload.Orders[0].OrderTotal.Amount: lines:')],
    });
  });
});

describe('orderflow run --channel', () => {
  it('normalizes one raw payload and runs its order', async () => {
    const dir = acmeScratch();
    const r = await cli(['run', 'acme.flow.json', 'one.json', '--channel', 'acme.mapping.json', ...NOW], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'completed',
      orderId: 'acme-shop:A-1001',
      outcome: { tags: ['big-basket'] },
    });
    const douyin = await cli(
      ['run', 'tag.flow.json', fixturePath('douyin-1.json'), '--channel', 'douyin', ...NOW],
      dir,
    );
    expect(JSON.parse(douyin.stdout)).toMatchObject({ status: 'completed', orderId: 'douyin:6936476692437472563' });
  });

  it('a refused record is a rejected run (exit 1) with the payload problems on stderr', async () => {
    const dir = acmeScratch();
    const r = await cli(['run', 'acme.flow.json', 'lost.json', '--channel', 'acme.mapping.json', ...NOW], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'rejected',
      orderId: null,
      problems: [{ code: 'invalid-order', path: ['orders', 0] }],
    });
    expect(r.stderr).toMatch(/^lost\.json:\d+: record \$\.orders\[0\]: acme-shop \$\.orders\[0\]: status: no rule/m);
  });

  it('refuses a payload holding several orders (exit 2)', async () => {
    const dir = acmeScratch();
    const r = await cli(['run', 'acme.flow.json', 'payloads.jsonl', '--channel', 'acme.mapping.json', ...NOW], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('payloads.jsonl holds 4 acme-shop orders; run takes one');
  });
});
