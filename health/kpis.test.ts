import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_KPIS, computeKpi, kpiTrend } from './compute';
import { kpiDefinitionSchema, type KpiDefinition } from './definition';
import { parseEventLines } from './events';
import { buildRecords } from './records';

/*
 * The 50-order fixture (fixtures/fifty-orders.events.jsonl), order i = O01…O50, placed on 2026-03-i (i ≤ 30) or
 * 2026-04-(i−30), 10:00 +08:00; handover promised 24 h later, delivery by the 3rd day after, 23:59:59.
 * - O49, O50 never ship; O47, O48 ship but are never delivered; the clock is 2026-05-31, so all are past due.
 * - First scan 20 h after placing, 30 h (late) when i % 5 = 0.
 * - Two shipments when i % 8 = 0 (8, 16, 24, 32, 40, 48); from two warehouses when i % 16 = 0 (16, 32, 48).
 * - Delivered a day late when i % 6 = 0; O40's second shipment is also a day late; i % 7 = 0 arrive at 23:00 on
 *   the promised day (on time). One unit short of the two ordered when i % 9 = 0 (single shipments).
 * - Held for review when i % 10 = 0. Remote when i % 4 = 1: 西藏 for i ≤ 25, 新疆 after. Routing score 100 for odd i,
 *   80 for even i ≤ 48. Exceptions: O03 2 h, O13 two overlapping (a: 4 h, b: 1 h), O23 8 h, O33 16 h, O43 32 h,
 *   O44 still open.
 * The expected figures below were worked out by hand from those rules (the arithmetic is next to each).
 */
const text = readFileSync(join(import.meta.dirname, 'fixtures/fifty-orders.events.jsonl'), 'utf8');
const { events, problems } = parseEventLines(text, 'fifty-orders.events.jsonl');
const records = buildRecords(events, '2026-05-31T00:00:00+08:00');
const kpi = (id: string) => BUILTIN_KPIS.find((k) => k.id === id)!;
const value = (id: string) => computeKpi(kpi(id), records);

describe('KPIs on the 50-order fixture equal the hand computation', () => {
  it('reads every event', () => {
    expect(problems).toEqual([]);
    expect(records.order).toHaveLength(50);
  });

  it('首触达准时率: 48 shipped − 9 late scans (5…45) = 39 of 50 due', () => {
    expect(value('first-touch-on-time')).toMatchObject({ numerator: 39, denominator: 50, value: 78 });
  });

  it('路由合理性得分: (24 × 100 + 24 × 80) / 48 = 90', () => {
    expect(value('routing-rationality')).toMatchObject({ value: 90, denominator: 48 });
  });

  it('异常恢复时长: resolved 1, 2, 4, 8, 16, 32 h → median 4 h, p90 32 h (open O44 left out)', () => {
    const result = value('exception-recovery');
    expect(result.denominator).toBe(6);
    expect(result.quantiles).toEqual([
      { q: 0.5, value: 4 },
      { q: 0.9, value: 32 },
    ]);
  });

  it('on-time delivery: 51 delivered shipments, 9 late (7 orders i%6=0 with O24 twice, and O40 #2) → 42/51', () => {
    const result = value('on-time-delivery');
    expect(result).toMatchObject({ numerator: 42, denominator: 51 });
    expect(result.value).toBeCloseTo((100 * 42) / 51, 10);
  });

  it('OTIF: 46 delivered − 8 late − 3 short and on time (9, 27, 45) = 35 of 50 due', () => {
    expect(value('otif')).toMatchObject({ numerator: 35, denominator: 50, value: 70 });
  });

  it('split-shipment rate 6/48 and cross-warehouse rate 3/48', () => {
    expect(value('split-shipment')).toMatchObject({ numerator: 6, denominator: 48, value: 12.5 });
    expect(value('cross-warehouse')).toMatchObject({ numerator: 3, denominator: 48, value: 6.25 });
  });

  it('review rate: 5 of 50', () => {
    expect(value('review-rate')).toMatchObject({ numerator: 5, denominator: 50, value: 10 });
  });

  it('SLA breaches: late or missing scan {5,…,45,49,50} ∪ late or missing delivery {6,12,18,24,30,36,40,42,47,48,49,50} = 19', () => {
    expect(value('sla-breaches')).toMatchObject({ numerator: 19, denominator: 50, value: 38 });
  });

  it('remote-region service rate by province: 西藏 7/7, 新疆 5/6 (O49 never shipped), overall 12/13', () => {
    const result = value('remote-service');
    expect(result).toMatchObject({ numerator: 12, denominator: 13 });
    expect(result.groups).toEqual([
      { group: '新疆', result: { numerator: 5, denominator: 6, value: (100 * 5) / 6 } },
      { group: '西藏', result: { numerator: 7, denominator: 7, value: 100 } },
    ]);
  });

  it('trends by month: split rate March 3/30 (8, 16, 24), April 3/18 (32, 40, 48)', () => {
    expect(kpiTrend(kpi('split-shipment'), records, 'month')).toEqual([
      { bucket: '2026-03', result: { numerator: 3, denominator: 30, value: 10 } },
      { bucket: '2026-04', result: { numerator: 3, denominator: 18, value: (100 * 3) / 18 } },
    ]);
  });

  it('a period limits the window: review rate in April is 2 (40, 50) of 20', () => {
    expect(computeKpi(kpi('review-rate'), records, { from: '2026-04-01', to: '2026-05-01' })).toMatchObject({
      numerator: 2,
      denominator: 20,
    });
  });

  it('the clock decides what is due: at 2026-03-03 00:00 only O01 counts for first touch', () => {
    const early = buildRecords(events, '2026-03-03T00:00:00+08:00');
    // O01 was scanned 03-02 06:00; O02's scan (03-03 06:00) has not happened and its deadline (03-03 10:00) not passed.
    expect(computeKpi(kpi('first-touch-on-time'), early)).toMatchObject({ numerator: 1, denominator: 1 });
    const late = buildRecords(events, '2026-03-03T12:00:00+08:00');
    // By noon O02 is scanned on time; O03 not yet due.
    expect(computeKpi(kpi('first-touch-on-time'), late)).toMatchObject({ numerator: 2, denominator: 2 });
  });

  it("a channel's own KPI is data: returns rate, written as JSON, needs no code", () => {
    const returns: KpiDefinition = kpiDefinitionSchema.parse({
      id: 'return-rate',
      name: { en: 'Return rate', zh: '退货率' },
      definition: { en: 'Delivered orders returned.', zh: '已送达订单中被退货的比例。' },
      grain: 'order',
      measure: {
        kind: 'rate',
        numerator: [{ field: 'returned', is: 'true' }],
        denominator: [{ field: 'deliveredAt', is: 'present' }],
      },
      window: { field: 'placedAt' },
    });
    expect(computeKpi(returns, records)).toMatchObject({ numerator: 1, denominator: 46 });
  });

  it('a bad definition is refused naming the field', () => {
    const bad = kpiDefinitionSchema.safeParse({ ...kpi('otif'), grain: 'line-item' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['grain']);
  });

  it('every built-in KPI has its definition in English and Chinese', () => {
    for (const k of BUILTIN_KPIS) expect(k.definition.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(BUILTIN_KPIS.map((k) => k.id)).toHaveLength(10);
  });
});
