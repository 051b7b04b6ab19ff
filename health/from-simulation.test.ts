import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../nodes/index';
import { parseContextText, compileFlow, runFlow, orderSchema, type Order } from '../runtime/index';
import { BUILTIN_KPIS, computeKpi } from './compute';
import { expectedEvents } from './from-simulation';
import { buildRecords } from './records';

const root = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const parsed = parseContextText(read('examples/data/context.json'));
if (!parsed.ok) throw new Error('example context does not parse');
const context = parsed.context;
const orders: Order[] = read('examples/data/orders.jsonl')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .flatMap((l) => {
    const r = orderSchema.safeParse(JSON.parse(l));
    return r.success ? [r.data] : [];
  })
  .slice(0, 300);

function plan(path: string) {
  const compiled = compileFlow(JSON.parse(read(path)), coreRegistry);
  if (!compiled.ok) throw new Error(`${path} does not compile`);
  return compiled.plan;
}

function simulate(path: string) {
  const p = plan(path);
  const events = orders.flatMap((o) => expectedEvents(runFlow(p, o, context), o));
  return buildRecords(events, '2030-01-01T00:00:00+08:00');
}

describe('KPIs from a simulation (the same engine as live events)', () => {
  const records = simulate('examples/flows/multi-warehouse.flow.json');

  it('each routed order becomes a delivered order whose shipments match its plan', () => {
    const p = plan('examples/flows/multi-warehouse.flow.json');
    const routed = orders
      .map((o) => runFlow(p, o, context))
      .filter((r) => r.outcome?.decision === 'accept' && (r.outcome.fulfilment?.shipments.length ?? 0) > 0);
    const parcels = routed.reduce((n, r) => n + r.outcome!.fulfilment!.shipments.length, 0);
    const split = routed.filter((r) => r.outcome!.fulfilment!.shipments.length > 1).length;
    expect(split).toBeGreaterThan(0);
    expect(records.shipment).toHaveLength(parcels);
    expect(
      computeKpi(
        BUILTIN_KPIS.find((k) => k.id === 'split-shipment')!,
        records,
      ),
    ).toMatchObject({
      numerator: split,
      denominator: routed.length,
    });
    // Delivered as promised: the simulated world keeps its promises; it is the flow's choices that differ.
    expect(
      computeKpi(
        BUILTIN_KPIS.find((k) => k.id === 'on-time-delivery')!,
        records,
      ).value,
    ).toBe(100);
  });

  it('a flow change shows in the KPIs before it goes live: different flows, different routing and review figures', () => {
    const other = simulate('examples/flows/vip-priority.flow.json');
    const ids = ['review-rate', 'split-shipment', 'routing-rationality'];
    const figures = (r: typeof records) =>
      ids.map(
        (id) =>
          computeKpi(
            BUILTIN_KPIS.find((k) => k.id === id)!,
            r,
          ).value,
      );
    expect(figures(other)).not.toEqual(figures(records));
  });
});
