/**
 * The benchmark compares engines only after they agree with the hand-written decision. This holds
 * the engine adapters to that outside the benchmark run, so a broken adapter fails `npm test`.
 */
import { describe, expect, it } from 'vitest';
import { firstDisagreement } from './agree';
import type { Engine } from './engines/engine';
import { decideByHand, handWritten } from './engines/hand-written';
import { jsonLogicEngine, jsonLogicEngineInterpreted } from './engines/json-logic-engine';
import { jsonLogicJs } from './engines/json-logic-js';
import { jsonRulesEngine } from './engines/json-rules-engine';
import { orderflowEngines } from './engines/orderflow';
import { builtEngine } from './engines/orderflow-built';
import { benchOrders, NOW } from './orders';

const set = benchOrders(1500);
const engines: Engine[] = [
  ...orderflowEngines(NOW),
  await builtEngine(NOW),
  jsonLogicEngine,
  jsonLogicEngineInterpreted,
  jsonLogicJs,
  jsonRulesEngine,
];

describe('benchmark engines', () => {
  it('every engine takes the hand-written decision on every order', { timeout: 60_000 }, async () => {
    expect(await firstDisagreement(handWritten, engines, set.orders, set.raw)).toBeNull();
  });

  it('names the first order an engine gets wrong', async () => {
    const offByOne: Engine = {
      ...handWritten,
      name: 'off by one',
      decision: (order) => ({ ...decideByHand(order), discount: -1 }),
    };
    const found = await firstDisagreement(handWritten, [jsonLogicEngine, offByOne], set.orders, set.raw);
    expect(found).toMatchObject({ engine: 'off by one', index: 0, order: set.orders[0] });
  });
});
