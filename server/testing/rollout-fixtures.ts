/** Flows and orders for the rollout tests: a review threshold on the subtotal, and orders with a known subtotal. */
import { order } from './fixtures';
import { seededRandom } from './seeded-random';

const node = (id: string, type: string, config: Record<string, unknown>, x: number) => ({
  id,
  type,
  typeVersion: 1,
  config,
  position: { x, y: 0 },
});

/**
 * trigger → "subtotal ≥ threshold?" → true: end "hold" (review); false: notify ops → accept.
 * With subtotals uniform over 1..1000 × ¥1, a threshold of ¥901 reviews 10% of orders, ¥851 15%.
 */
export function reviewFlow(thresholdMinor: number, name = `Review from ${thresholdMinor}`, id = 'review-gate') {
  return {
    format: 'orderflow/flow',
    formatVersion: 1,
    id,
    name,
    description: '',
    nodes: [
      node('start', 'trigger', { channels: [], statuses: [] }, 0),
      node('big', 'condition', { expression: { '>=': [{ var: 'totals.subtotal.amount' }, thresholdMinor] } }, 200),
      node('review', 'end', { decision: 'hold', reason: 'large order: review' }, 400),
      node('notify', 'notify', { channel: 'wecom', to: 'ops', message: 'order {{id}} accepted' }, 400),
      node('accept', 'end', { decision: 'accept', reason: 'ok' }, 600),
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'start', target: 'big' },
      { id: 'e2', source: 'big', sourcePort: 'true', target: 'review' },
      { id: 'e3', source: 'big', sourcePort: 'false', target: 'notify' },
      { id: 'e4', source: 'notify', sourcePort: 'next', target: 'accept' },
    ],
  };
}

/** Seeded orders, each its own customer, one line priced ¥1..¥1000 (uniform). */
export function pricedOrders(seed: number, count: number, prefix = `S${seed}`): Record<string, unknown>[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = order(`${prefix}-${i}`);
    const yuan = 1 + Math.floor(random() * 1000);
    const line = {
      ...(base.lines as Record<string, unknown>[])[0]!,
      quantity: 1,
      unitPrice: { amount: yuan * 100, currency: 'CNY' },
    };
    const customer = { ...(base.customer as Record<string, unknown>), id: `${prefix}-C${i}` };
    return {
      ...base,
      customer,
      lines: [line],
      payment: { ...(base.payment as Record<string, unknown>), amount: { amount: yuan * 100, currency: 'CNY' } },
    };
  });
}
