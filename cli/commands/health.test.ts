import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../test-support/fake-io';

const EVENTS = 'health/fixtures/fifty-orders.events.jsonl';
const NOW = ['--now', '2026-05-31T00:00:00+08:00'];
const scratch = () => mkdtempSync(join(tmpdir(), 'orderflow-health-'));

describe('orderflow health', () => {
  it('prints each KPI from live events with its definition in both languages', async () => {
    const r = await cli(['health', '--events', EVENTS, ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('First-touch on-time rate / 首触达准时率: 78.00% (39/50)');
    expect(r.stdout).toContain('Exception recovery time / 异常恢复时长: median 4 h, p90 32 h (n=6)');
    expect(r.stdout).toMatch(/^ {2}西藏: 100\.00% \(7\/7\)$/m);
    expect(r.stdout).toContain('首次承运商扫描不晚于承诺交接时间');
  });

  it('--json gives the figures and definitions; a channel KPI file adds its own formula', async () => {
    const dir = scratch();
    const kpis = join(dir, 'kpis.json');
    writeFileSync(
      kpis,
      JSON.stringify([
        {
          id: 'return-share',
          name: { en: 'Returned orders', zh: '退货订单占比' },
          definition: { en: 'Orders returned, out of all orders.', zh: '被退货的订单 ÷ 全部订单。' },
          grain: 'order',
          measure: { kind: 'rate', numerator: [{ field: 'returned', is: 'true' }], denominator: [] },
          window: { field: 'placedAt' },
        },
      ]),
    );
    const r = await cli(['health', '--events', EVENTS, ...NOW, '--kpis', kpis, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.kpis.find((k: { id: string }) => k.id === 'otif')).toMatchObject({ numerator: 35, denominator: 50 });
    expect(out.kpis.at(-1)).toMatchObject({ id: 'return-share', numerator: 1, denominator: 50 });
  });

  it('--report writes a printable HTML audit with each KPI, its trend and definition, and no external asset', async () => {
    const dir = scratch();
    const r = await cli(['health', '--events', EVENTS, ...NOW, '--report', join(dir, 'audit.html')]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'audit.html'), 'utf8');
    expect(html).toContain('<h2>Split-shipment rate / 拆单率</h2>');
    expect(html).toContain('<td>2026-04</td><td>16.67% (3/18)</td>');
    expect(html).toContain('By week (from Monday)');
    expect(html).not.toMatch(/(src|href)=|<script|@import|url\(/);
  });

  it('simulates orders through a flow and measures the events its plans promise', { timeout: 120_000 }, async () => {
    const r = await cli([
      'health',
      'examples/data/orders.jsonl',
      '--flow',
      'examples/flows/multi-warehouse.flow.json',
      '--context',
      'examples/data/context.json',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const split = out.kpis.find((k: { id: string }) => k.id === 'split-shipment');
    expect(split.denominator).toBeGreaterThan(1000);
    expect(r.stderr).toContain('25 order(s) could not be read');
  });

  it('a bad event is refused with its file, line and field, and nothing is printed as a result', async () => {
    const dir = scratch();
    const file = join(dir, 'events.jsonl');
    writeFileSync(
      file,
      '{"type":"order","orderId":"A","at":"2026-03-01T10:00:00+08:00"}\n{"type":"scanned","orderId":"A","at":"2026-03-01T12:00:00+08:00"}\n{"type":"delivered","orderId":"A","at":"yesterday"}\n',
    );
    const r = await cli(['health', '--events', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}: line 2: $.type:`);
    expect(r.stderr).toContain(`${file}: line 3: $.at:`);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('needs either events or orders with a flow', async () => {
    expect((await cli(['health'])).code).toBe(2);
    expect((await cli(['health', 'examples/data/orders.jsonl'])).stderr).toContain(
      'give events, or orders with a flow',
    );
    expect((await cli(['health', '--events', EVENTS, '--flow', 'f.json'])).code).toBe(2);
  });
});
