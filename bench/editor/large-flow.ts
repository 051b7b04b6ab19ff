import { FLOW_FORMAT, FLOW_FORMAT_VERSION, type Flow, type FlowEdge, type FlowNode } from '../../runtime/index';

/**
 * A valid flow of exactly `size` nodes (size = 2 + 3k): the start, then k promotion segments —
 * "subtotal ≥ ¥X?" → (true) discount → tag, both ways on to the next segment — and one end.
 * Cards sit in a grid of 10 segments per row, the way a big flow is laid out by hand.
 */
export function largeFlow(size = 500): Flow {
  const segments = Math.round((size - 2) / 3);
  if (segments * 3 + 2 !== size) throw new RangeError(`size must be 2 + 3k, got ${size}`);
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const node = (id: string, type: string, config: Record<string, unknown>, x: number, y: number, name?: string) =>
    nodes.push({ id, type, typeVersion: 1, ...(name ? { name } : {}), config, position: { x, y } });
  const link = (source: string, sourcePort: string, target: string) =>
    edges.push({ id: `e-${edges.length + 1}`, source, sourcePort, target });
  const at = (segment: number, step: number) => ({
    x: (segment % 10) * 960 + step * 300 + 320,
    y: Math.floor(segment / 10) * 300,
  });

  node('start', 'trigger', { channels: [], statuses: ['paid'] }, 0, 0, 'Order received');
  let previous: { id: string; port: string }[] = [{ id: 'start', port: 'start' }];
  for (let i = 0; i < segments; i++) {
    const threshold = 10_000 + i * 500;
    const [check, discount, tag] = [`check-${i}`, `discount-${i}`, `tag-${i}`];
    node(
      check,
      'condition',
      {
        expression: {
          and: [
            { '==': [{ var: 'totals.subtotal.currency' }, 'CNY'] },
            { '>=': [{ var: 'totals.subtotal.amount' }, threshold] },
          ],
        },
      },
      at(i, 0).x,
      at(i, 0).y,
      `Over ¥${threshold / 100}?`,
    );
    node(
      discount,
      'discount',
      { kind: 'percent', percent: 1 + (i % 20), stacking: 'best-of', reason: `Tier ${i}` },
      at(i, 1).x,
      at(i, 1).y,
    );
    node(tag, 'tag', { tags: [`tier-${i}`], target: 'order' }, at(i, 2).x, at(i, 2).y);
    for (const from of previous) link(from.id, from.port, check);
    link(check, 'true', discount);
    link(discount, 'next', tag);
    previous = [
      { id: check, port: 'false' },
      { id: tag, port: 'next' },
    ];
  }
  const end = at(segments, 0);
  node('end', 'end', { decision: 'accept', reason: '' }, end.x, end.y);
  for (const from of previous) link(from.id, from.port, 'end');
  return {
    format: FLOW_FORMAT,
    formatVersion: FLOW_FORMAT_VERSION,
    id: `bench-${size}`,
    name: `Bench ${size} nodes`,
    description: '',
    nodes,
    edges,
  };
}
