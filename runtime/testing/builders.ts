import type { FlowInput } from '../flow/flow.schema';
import type { OrderInput } from '../order/order.schema';

/** Test helper: a flow from compact node and edge lists ("a.true->b"). */
export function testFlow(
  nodes: { id: string; type: string; config?: Record<string, unknown> }[],
  edges: string[],
  id = 'test-flow',
): FlowInput {
  return {
    format: 'orderflow/flow',
    formatVersion: 1,
    id,
    name: 'Test flow',
    nodes: nodes.map((n, i) => ({ id: n.id, type: n.type, config: n.config ?? {}, position: { x: i * 200, y: 0 } })),
    edges: edges.map((spec, i) => {
      const [from, target] = spec.split('->') as [string, string];
      const [source, sourcePort] = from.split('.') as [string, string];
      return { id: `e${i + 1}`, source, sourcePort, target };
    }),
  };
}

/** Test helper: a valid order in CNY; override anything. */
export function testOrder(overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    id: 'o-1',
    channel: 'douyin',
    channelOrderId: '6936476692437472563',
    status: 'paid',
    createdAt: '2026-11-11T00:05:00+08:00',
    currency: 'CNY',
    customer: { id: 'c-1', tier: 'vip', tags: [], orderCount: 3, returnRate: 0 },
    lines: [
      {
        id: 'l1',
        sku: 'FRIDGE-1',
        name: 'Fridge',
        category: 'appliance',
        quantity: 1,
        unitPrice: { amount: 59900, currency: 'CNY' },
      },
      {
        id: 'l2',
        sku: 'CREAM-1',
        name: 'Cream',
        category: 'beauty',
        quantity: 2,
        unitPrice: { amount: 12050, currency: 'CNY' },
      },
    ],
    shippingAddress: { country: 'CN', province: 'Guangdong', city: 'Shenzhen', remote: false },
    coupons: [],
    ...overrides,
  };
}
