import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_KPIS, computeKpis } from './compute';
import type { FulfilmentEvent } from './events';
import { buildRecords } from './records';

const START = Date.parse('2026-03-01T00:00:00+08:00');
const at = (hours: number) => new Date(START + hours * 3_600_000).toISOString();

const event: fc.Arbitrary<FulfilmentEvent> = fc
  .record({
    type: fc.constantFrom(
      'order',
      'shipped',
      'carrier-scan',
      'delivered',
      'delivery-attempt',
      'exception',
      'exception-resolved',
      'returned',
    ),
    order: fc.integer({ min: 1, max: 6 }),
    parcel: fc.integer({ min: 1, max: 2 }),
    hours: fc.integer({ min: 0, max: 400 }),
    promise: fc.option(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 300 }))),
    units: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ type, order, parcel, hours, promise, units }) => ({
    type,
    orderId: `O${order}`,
    at: at(hours),
    shipmentId: `O${order}-${parcel}`,
    warehouseId: `W${parcel}`,
    units,
    ...(promise ? { promise: { handoverBy: at(promise[0]), deliverBy: at(promise[1]) } } : {}),
  }));

describe('the KPI engine (properties)', () => {
  it('an exception resolved at the instant it opened counts as recovered in 0 h, whichever event arrives first', () => {
    const t = at(10);
    const open: FulfilmentEvent = { type: 'exception', orderId: 'O1', at: t };
    const resolved: FulfilmentEvent = { type: 'exception-resolved', orderId: 'O1', at: t };
    for (const events of [
      [open, resolved],
      [resolved, open],
    ])
      expect(buildRecords(events, at(20)).exception).toMatchObject([{ recoveryHours: 0 }]);
  });

  it('does not depend on the order events arrive in, and every rate stays within 0–100%', () => {
    fc.assert(
      fc.property(
        fc
          .array(event, { maxLength: 40 })
          .chain((events) =>
            fc.tuple(
              fc.constant(events),
              fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
            ),
          ),
        ([events, shuffled]) => {
          const now = at(500);
          const a = computeKpis(BUILTIN_KPIS, buildRecords(events, now));
          const b = computeKpis(BUILTIN_KPIS, buildRecords(shuffled, now));
          expect(b.map((r) => r.value)).toEqual(a.map((r) => r.value));
          for (const r of a) {
            if (r.numerator !== undefined) expect(r.numerator).toBeLessThanOrEqual(r.denominator);
            if (r.kpi.measure.kind === 'rate' && r.value !== null) expect(r.value).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});
