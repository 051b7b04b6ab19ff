import { describe, expect, it } from 'vitest';
import { runFlow } from '../engine/run';
import { resumeFlow } from '../engine/resume';
import { casesFile, EXPECT_PARTS, parseCasesFile, type TestCase } from './test-cases';
import { caseFromResult } from './case-from-result';
import { runCases } from './run-cases';
import { exampleContext as ctx, examplePlan, order } from './test-support';

const vip = examplePlan('vip-priority');
const tradeIn = examplePlan('trade-in');
const vip600 = order('vip', [['BT-SERUM-30ML', 'beauty', 30000, 2]]);
const regular560 = order('regular', [['BT-SERUM-30ML', 'beauty', 28000, 2]]);

describe('the cases format', () => {
  it('accepts a file with only the parts that matter', () => {
    const parsed = parseCasesFile(
      casesFile('vip-priority', [
        { name: 'VIP', order: vip600, expect: { total: { amount: 54000, currency: 'CNY' } } },
      ]),
    );
    expect(parsed.ok).toBe(true);
  });

  it('names the path of every problem', () => {
    const parsed = parseCasesFile({
      format: 'orderflow/cases',
      formatVersion: 1,
      flowId: 'x',
      cases: [{ name: 'a', order: {}, expect: { total: { amount: 1.5, currency: 'CNY' }, colour: 'red' } }],
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems.some((p) => p.startsWith('cases.0.expect.total.amount:'))).toBe(true);
      expect(parsed.problems.some((p) => p.startsWith('cases.0.expect:') && p.includes('colour'))).toBe(true);
    }
  });

  it('refuses an inline context with unknown fields', () => {
    const parsed = parseCasesFile(casesFile('x', [{ name: 'a', order: {}, context: { clock: 'now' }, expect: {} }]));
    expect(parsed.ok).toBe(false);
  });
});

describe('caseFromResult and runCases', () => {
  it('saves a run as a case that then passes, for every part', () => {
    const result = runFlow(vip, vip600, ctx);
    const saved = caseFromResult('VIP ¥600 order gets 10% off and a gift bag', vip600, result, EXPECT_PARTS);
    expect(saved.expect).toEqual({
      status: 'completed',
      decision: 'accept',
      total: { amount: 54000, currency: 'CNY' },
      discountLines: [{ nodeId: 'vip-10-off', amount: { amount: 6000, currency: 'CNY' } }],
      gifts: [{ sku: 'GIFT-BAG', quantity: 1 }],
      route: { warehouses: ['WH-SH'], carriers: expect.any(Array) as unknown as string[] },
      holds: [],
      tags: [],
      effects: [],
      attributes: {},
    });
    const report = runCases(vip, [saved], ctx);
    expect(report).toMatchObject({ passed: 1, failed: 0 });
    expect(parseCasesFile(JSON.parse(JSON.stringify(casesFile('vip-priority', [saved])))).ok).toBe(true);
  });

  it('keeps only the chosen parts and the decisions given on the way', () => {
    const order = orderForTradeIn();
    const waiting = runFlow(tradeIn, order, ctx);
    expect(waiting.waiting?.nodeId).toBe('old-unit-qc');
    const resumed = resumeFlow(tradeIn, waiting.state!, 'fail', ctx);
    if (!resumed.ok) throw new Error(resumed.error.message);
    const saved = caseFromResult('mismatched old unit is held', order, resumed.result, ['decision', 'tags'], {
      decisions: { 'old-unit-qc': 'fail' },
    });
    expect(saved).toEqual({
      name: 'mismatched old unit is held',
      order,
      decisions: { 'old-unit-qc': 'fail' },
      expect: { decision: 'hold', tags: ['trade-in-mismatch'] },
    });
    expect(runCases(tradeIn, [saved], ctx).passed).toBe(1);
  });

  it('says what differs, readably', () => {
    const cases: TestCase[] = [
      {
        name: 'wrong expectations',
        order: regular560,
        expect: {
          total: { amount: 54000, currency: 'CNY' },
          decision: 'hold',
          gifts: [{ sku: 'GIFT-BAG', quantity: 2 }],
          discountLines: [{ nodeId: 'vip-10-off', amount: { amount: 2000, currency: 'CNY' } }],
          tags: ['vip'],
          holds: [{ nodeId: 'x', kind: 'approval', status: 'pending' }],
          route: { warehouses: ['WH-GZ'], carriers: [] },
        },
      },
    ];
    const [result] = runCases(vip, cases, ctx).results;
    expect(result?.passed).toBe(false);
    expect(result?.mismatches.map((m) => m.message)).toEqual([
      'decision: expected hold, got accept',
      'total: expected ¥540.00, got ¥560.00',
      'discount vip-10-off: expected ¥20.00, got none',
      'gift GIFT-BAG: expected 2, got 1',
      `route warehouses: expected WH-GZ, got ${runFlow(vip, regular560, ctx)
        .outcome?.fulfilment?.shipments.map((s) => s.warehouseId)
        .join(', ')}`,
      expect.stringMatching(/^route carriers: expected none, got \w+/),
      'hold x: expected approval pending, got none',
      'tags: expected vip, got none',
    ]);
  });

  it('checks effects (CRM tags, notifications) as a set, and only the attributes named', () => {
    const returns = examplePlan('returns-qc');
    const decisions = { 'returns-qc': 'fail' };
    const ran = runFlow(returns, returnOrder(), ctx, { decisions });
    const effects = ran.outcome?.effects ?? [];
    expect(effects.length).toBeGreaterThan(0);
    const saved = caseFromResult('return', returnOrder(), ran, ['effects'], { decisions });
    expect(runCases(returns, [saved], ctx)).toMatchObject({ passed: 1 });
    const wrong: TestCase = {
      ...saved,
      expect: { effects: [{ kind: 'crm-tag', tag: 'nobody' }], attributes: { riskLevel: 'high' } },
    };
    const [result] = runCases(returns, [wrong], ctx).results;
    expect(result?.mismatches.map((m) => m.part)).toEqual(['effects', 'attributes']);
    expect(result?.mismatches[0]?.message).toMatch(/^effects: expected crm-tag nobody, got /);
    expect(result?.mismatches[1]?.message).toBe('attribute riskLevel: expected "high", got none');
  });

  it('explains a status mismatch with where the run stopped or why the order was rejected', () => {
    const [waiting, rejected] = runCases(
      tradeIn,
      [
        { name: 'w', order: orderForTradeIn(), expect: { status: 'completed' } },
        { name: 'r', order: { ...vip600, currency: 'XXX' }, expect: { status: 'completed' } },
      ],
      ctx,
    ).results;
    expect(waiting?.mismatches[0]?.message).toBe('status: expected completed, got waiting at old-unit-qc');
    expect(rejected?.mismatches[0]?.message).toMatch(/^status: expected completed, got rejected \(.+\)$/);
  });

  it('passes a case that expects a rejection', () => {
    expect(
      runCases(vip, [{ name: 'no lines', order: { ...vip600, lines: [] }, expect: { status: 'rejected' } }], ctx)
        .passed,
    ).toBe(1);
  });

  it('fails a case whose decisions name an unknown node or port, without running it', () => {
    const [unknownNode, unknownPort] = runCases(
      tradeIn,
      [
        { name: 'a', order: orderForTradeIn(), decisions: { nope: 'pass' }, expect: {} },
        { name: 'b', order: orderForTradeIn(), decisions: { 'old-unit-qc': 'approved' }, expect: {} },
      ],
      ctx,
    ).results;
    expect(unknownNode).toMatchObject({
      passed: false,
      result: null,
      error: 'decision nope=pass: flow trade-in has no node "nope"',
    });
    expect(unknownPort?.error).toMatch(/old-unit-qc has no port "approved" \(its ports: pass, fail\)/);
  });

  it('uses an inline context over the default, and loaded context files by path', () => {
    const noGiftsLeft = { customers: { 'CN-TEST': { giftsReceived: { 'GIFT-BAG': 3 } } } };
    const expectNoGift = { gifts: [] };
    const report = runCases(
      vip,
      [
        { name: 'inline', order: vip600, context: noGiftsLeft, expect: expectNoGift },
        { name: 'file', order: vip600, context: 'ctx.json', expect: { gifts: [{ sku: 'GIFT-BAG', quantity: 1 }] } },
        { name: 'missing file', order: vip600, context: 'other.json', expect: {} },
      ],
      ctx,
      { contexts: { 'ctx.json': ctx } },
    );
    expect(report.results.map((r) => r.passed)).toEqual([true, true, false]);
    expect(report.results[2]?.error).toBe('context file "other.json" is not available here');
  });
});

function returnOrder(): Record<string, unknown> {
  return order('regular', [['APL-JEANS-SLIM', 'apparel', 25900, 1]], {
    kind: 'return',
    status: 'return_requested',
    shippingAddress: { country: 'CN', province: 'Zhejiang', city: 'Hangzhou' },
  });
}

function orderForTradeIn(): Record<string, unknown> {
  return order('regular', [['AP-WASHER-10KG', 'appliance', 329900, 1]], {
    coupons: ['TRADEIN'],
    attributes: { tradeInModel: 'Haier XQB80' },
  });
}
