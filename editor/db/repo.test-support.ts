import { createRegistry } from '../../runtime/index';
import { endNode } from '../../nodes/end/end.node.ts';
import { triggerNode } from '../../nodes/trigger/trigger.node.ts';
import { OrderflowDb } from './db';
import type { RepoDeps } from './deps';
import { createRepository } from './repository';

/** Test helpers (not shipped code paths): a registry with no logic-bearing nodes, a fake clock and ids. */
export const testRegistry = createRegistry([triggerNode, endNode]);

let dbCounter = 0;

/** A fresh database per test (fake-indexeddb), a clock that ticks one second per read, counting ids. */
export function testRepository(start = Date.parse('2026-11-11T00:00:00Z')) {
  let tick = 0;
  let ids = 0;
  const deps: RepoDeps = {
    db: new OrderflowDb(`test-${++dbCounter}-${Math.random().toString(36).slice(2)}`),
    now: () => new Date(start + 1000 * tick++).toISOString(),
    newId: () => `flow-${++ids}`,
  };
  return createRepository(deps);
}
