import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../runtime/index';
import { emptyOutcome } from '../../runtime/node/index';
import {
  type Outcome,
  addResult,
  addUnreadable,
  createSummary,
  mergeSummary,
  SAMPLE_LIMIT,
  serviceKeysOf,
} from '../../runtime/index';
import { printSummary } from './print-summary';
import { displayWidth } from './table';

const flow = {
  flowId: 'f',
  flowName: '测试 Test',
  nodes: [
    { id: 'start', type: 'trigger' },
    { id: 'vip', type: 'discount', name: 'VIP 9折' },
    { id: 'qc', type: 'qc-check' },
  ],
};
const cny = (amount: number) => ({ amount, currency: 'CNY' });

function completed(outcome: Partial<Outcome>, discount = 0): RunResult {
  return {
    status: 'completed',
    flowId: 'f',
    orderId: 'o',
    outcome: { ...emptyOutcome(), ...outcome },
    totals: {
      subtotal: cny(60000),
      discount: cny(discount),
      shipping: cny(0),
      total: cny(60000 - discount),
      itemCount: 1,
    },
    trace: [
      { nodeId: 'start', type: 'trigger', port: 'start' },
      { nodeId: 'vip', type: 'discount', port: null },
    ],
  };
}

const shipment = (warehouseId: string, carrierId: string, cost: number) => ({
  warehouseId,
  carrierId,
  lines: [],
  cost: cny(cost),
  transitDays: 2,
  promisedBy: '2026-11-13',
});

describe('simulation summary', () => {
  it('keeps money per currency: ¥ and $ are never added together, also after merging', () => {
    const usd = (result: RunResult): RunResult => {
      const t = result.totals!;
      const inUsd = (m: { amount: number }) => ({ amount: m.amount, currency: 'USD' });
      return {
        ...result,
        totals: {
          ...t,
          subtotal: inUsd(t.subtotal),
          discount: inUsd(t.discount),
          shipping: inUsd(t.shipping),
          total: inUsd(t.total),
        },
      };
    };
    const a = createSummary(flow);
    addResult(a, completed({}, 6000));
    const b = createSummary(flow);
    addResult(b, usd(completed({}, 5000)));
    addResult(b, usd(completed({}, 5000)));
    mergeSummary(a, b);
    expect(a.discounts).toEqual({ CNY: { orders: 1, amount: 6000 }, USD: { orders: 2, amount: 10000 } });
    const text = printSummary(a);
    expect(text).toContain('¥60.00');
    expect(text).toContain('$100.00');
    expect(text).not.toMatch(/160\.00|16,000|16000/);
  });

  it('folds statuses, decisions, hits, money, gifts and routes', () => {
    const s = createSummary(flow);
    addResult(
      s,
      completed(
        {
          gifts: [{ nodeId: 'g', sku: 'GIFT-BAG', name: 'bag', quantity: 2, reason: '', cost: cny(2400) }],
          tags: ['vip'],
        },
        6000,
      ),
    );
    addResult(
      s,
      completed({
        decision: 'hold',
        fulfilment: {
          nodeId: 'r',
          shipments: [shipment('WH-SH', 'SF', 2100), shipment('WH-GZ', 'ZTO', 1300)],
          cost: cny(3400),
          split: true,
          candidates: [],
          explanation: '',
        },
      }),
    );
    addResult(
      s,
      completed({
        fulfilment: { nodeId: 'r', shipments: [], cost: cny(0), split: false, candidates: [], explanation: 'no stock' },
      }),
    );
    addResult(s, {
      status: 'waiting',
      flowId: 'f',
      orderId: 'w',
      outcome: { ...emptyOutcome(), decision: 'hold' },
      totals: null,
      trace: [{ nodeId: 'qc', type: 'qc-check', waited: true }],
      waiting: {
        nodeId: 'qc',
        kind: 'qc',
        reason: '',
        ports: ['pass', 'fail'],
        hold: { nodeId: 'qc', kind: 'qc', status: 'pending', reason: '' },
      },
    });
    addResult(
      s,
      {
        status: 'failed',
        flowId: 'f',
        orderId: 'x',
        outcome: null,
        totals: null,
        trace: [{ nodeId: 'vip', type: 'discount' }],
        error: { nodeId: 'vip', message: 'boom' },
      },
      9,
    );

    expect(s.orders).toBe(5);
    expect(s.status).toEqual({ completed: 3, waiting: 1, rejected: 0, failed: 1 });
    expect(s.decisions).toEqual({ accept: 2, hold: 2 });
    expect(s.nodes.vip).toEqual({ type: 'discount', name: 'VIP 9折', hits: 4, ports: { '(end)': 3, '(failed)': 1 } });
    expect(s.nodes.qc!.ports).toEqual({ '(waiting)': 1 });
    expect(s.discounts).toEqual({ CNY: { orders: 1, amount: 6000 } });
    expect(s.gifts).toEqual({ 'GIFT-BAG': { orders: 1, quantity: 2, cost: { CNY: 2400 } } });
    expect(s.waiting).toEqual({ qc: { kind: 'qc', count: 1 } });
    expect(s.routes).toMatchObject({
      routed: 1,
      split: 1,
      fallback: 1,
      shipments: 2,
      warehouses: { 'WH-SH': 1, 'WH-GZ': 1 },
      shippingCost: { CNY: { orders: 1, amount: 3400 } },
    });
    expect(s.failures).toEqual({ count: 1, samples: [{ orderId: 'x', line: 9, nodeId: 'vip', reasons: ['boom'] }] });
  });

  it('groups rejection reasons across line indices and keeps a bounded sample', () => {
    const s = createSummary(flow);
    for (let i = 0; i < SAMPLE_LIMIT + 5; i++) {
      const problem = {
        code: 'invalid-order' as const,
        severity: 'error' as const,
        message: `lines.${i}.quantity: Too small`,
        path: ['lines', i, 'quantity'],
      };
      addResult(
        s,
        {
          status: 'rejected',
          flowId: 'f',
          orderId: `o${i}`,
          outcome: null,
          totals: null,
          trace: [],
          problems: [problem],
        },
        i + 1,
      );
    }
    addUnreadable(s, { line: 99, message: 'line 99, column 3: not valid JSON: a value is expected' });
    expect(s.status.rejected).toBe(SAMPLE_LIMIT + 6);
    expect(s.rejections.reasons['lines.*.quantity: Too small']).toBe(SAMPLE_LIMIT + 5);
    expect(s.rejections.samples).toHaveLength(SAMPLE_LIMIT);
  });

  it('keeps hostile keys from order data as plain own properties', () => {
    const s = createSummary(flow);
    const hostile = completed({
      tags: ['__proto__', 'constructor'],
      gifts: [{ nodeId: 'g', sku: '__proto__', name: '', quantity: 1, reason: '' }],
    });
    addResult(s, hostile);
    addResult(s, hostile);
    expect(Object.keys(s.tags)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(s.gifts)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(s.tags)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(s.tags))).toEqual(JSON.parse('{"__proto__": 2, "constructor": 2}'));
    // Merged summaries (a batch split across workers) count them the same way.
    const merged = createSummary(flow);
    mergeSummary(merged, s);
    mergeSummary(merged, s);
    expect(Object.getPrototypeOf(merged.tags)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(merged.tags))).toEqual(JSON.parse('{"__proto__": 4, "constructor": 4}'));
    expect(JSON.parse(JSON.stringify(merged.gifts))).toEqual(
      JSON.parse('{"__proto__": {"orders": 4, "quantity": 4, "cost": {}}}'),
    );
  });

  it('prints aligned tables, counting Chinese characters as two columns', () => {
    const s = createSummary(flow);
    addResult(s, completed({}, 6000));
    const text = printSummary(s);
    expect(text).toContain('Flow f — 测试 Test');
    expect(text).toContain('  CNY            1    ¥60.00   ¥60.00\n');
    const nodeRows = text.split('\n').filter((line) => /^ {2}(start|vip|qc)\b/.test(line));
    const typeColumn = nodeRows.map((line) => displayWidth(line.slice(0, line.search(/(trigger|discount|qc-check)/))));
    expect(new Set(typeColumn).size).toBe(1);
  });
});

describe('service rates by province and channel', () => {
  const plan = (shipments: ReturnType<typeof shipment>[]) => ({
    nodeId: 'route',
    shipments,
    cost: cny(800),
    split: false,
    candidates: [],
    explanation: '',
  });
  const hold = { nodeId: 'qc', kind: 'qc' as const, status: 'pending' as const, reason: 'remote' };
  const from = (province: string, channel: string) => ({ channel, shippingAddress: { country: 'CN', province } });

  it('counts routed, held and no-route orders per province and channel; skipped orders do not count', () => {
    const s = createSummary(flow);
    addResult(
      s,
      completed({ fulfilment: plan([shipment('WH-SH', 'SF', 800)]) }),
      1,
      serviceKeysOf(from('Xinjiang', 'jd')),
    );
    addResult(s, completed({ fulfilment: plan([]), holds: [hold] }), 2, serviceKeysOf(from('Xinjiang', 'tmall')));
    addResult(
      s,
      completed({ fulfilment: plan([shipment('WH-SH', 'SF', 800)]) }),
      3,
      serviceKeysOf(from('Shanghai', 'jd')),
    );
    addResult(s, completed({ decision: 'skip' }), 4, serviceKeysOf(from('Shanghai', 'jd')));
    expect(s.service.byProvince).toEqual({
      'CN Xinjiang': { orders: 2, routed: 1, held: 1, fallback: 1 },
      'CN Shanghai': { orders: 1, routed: 1, held: 0, fallback: 0 },
    });
    expect(s.service.byChannel.jd).toEqual({ orders: 2, routed: 2, held: 0, fallback: 0 });
    expect(printSummary(s)).toMatch(/CN Xinjiang\s+2\s+50\.0%\s+50\.0%\s+50\.0%/);
    const merged = createSummary(flow);
    mergeSummary(merged, s);
    mergeSummary(merged, s);
    expect(merged.service.byProvince['CN Xinjiang']).toEqual({ orders: 4, routed: 2, held: 2, fallback: 2 });
  });

  it('reads only strings from the raw input', () => {
    expect(serviceKeysOf({ channel: 7, shippingAddress: { province: { toString: 'x' } } })).toEqual({
      province: '? ?',
      channel: '?',
    });
    expect(serviceKeysOf('not an order')).toBeUndefined();
  });
});
