/** Before any timing: every engine must give the reference (hand-written) decision on every order. */
import type { Order } from '../runtime/index';
import { formatDecision, sameDecision, type Decision } from './decision/decision';
import type { Engine } from './engines/engine';

export interface Disagreement {
  readonly engine: string;
  readonly index: number;
  readonly order: Order;
  readonly expected: Decision;
  readonly got: Decision | string;
}

/** Returns the first order on which an engine differs from the reference, or null when all agree. */
export async function firstDisagreement(
  reference: Engine,
  engines: readonly Engine[],
  orders: readonly Order[],
  raw: readonly unknown[],
): Promise<Disagreement | null> {
  for (let i = 0; i < orders.length; i++) {
    const order = orders[i]!;
    const expected = await reference.decision(order);
    for (const engine of engines) {
      let got: Decision | string;
      try {
        got = await engine.decision((engine.input === 'raw' ? raw[i] : order) as Order);
      } catch (error) {
        got = `threw: ${error instanceof Error ? error.message : String(error)}`;
      }
      if (typeof got === 'string' || !sameDecision(expected, got))
        return { engine: engine.name, index: i, order, expected, got };
    }
  }
  return null;
}

export function describeDisagreement(d: Disagreement): string {
  return [
    `ENGINES DISAGREE on order #${d.index} (${d.order.id}); no timing was done.`,
    `  reference (hand-written): ${formatDecision(d.expected)}`,
    `  ${d.engine}: ${typeof d.got === 'string' ? d.got : formatDecision(d.got)}`,
    `  order: ${JSON.stringify(d.order)}`,
  ].join('\n');
}

/** How often each branch of the decision fires, so the figures are known to cover all of it. */
export function branchMix(decisions: readonly Decision[]): string {
  const count = (test: (d: Decision) => boolean) => decisions.filter(test).length;
  const pct = (n: number) => `${((100 * n) / decisions.length).toFixed(1)}%`;
  const warehouses = new Map<string, number>();
  for (const d of decisions) warehouses.set(d.warehouse, (warehouses.get(d.warehouse) ?? 0) + 1);
  return [
    `discount ${pct(count((d) => d.discount > 0))}`,
    `GIFT-BAG ${pct(count((d) => d.gifts.includes('GIFT-BAG')))}`,
    `SAMPLE-KIT ${pct(count((d) => d.gifts.includes('SAMPLE-KIT')))}`,
    `review ${pct(count((d) => d.review))}`,
    `warehouses ${[...warehouses]
      .sort((a, b) => b[1] - a[1])
      .map(([w, n]) => `${w} ${pct(n)}`)
      .join(', ')}`,
  ].join(' · ');
}
