/** json-logic-engine v5 in compiled mode: `engine.build(rule)` turns each rule into a JS function once. */
import { LogicEngine } from 'json-logic-engine';
import type { Order } from '../../runtime/order/order.schema';
import { deriveRule, decisionRule } from '../decision/jsonlogic';
import { fromLogicResult } from './logic-result';
import type { Engine } from './engine';

const engine = new LogicEngine();
const derive = engine.build(deriveRule) as (data: unknown) => [number, number];
const decide = engine.build(decisionRule()) as (data: unknown) => unknown;

function run(order: Order): unknown {
  const [subtotal, beautyUnits] = derive(order);
  return decide({ order, subtotal, beautyUnits });
}

export const jsonLogicEngine: Engine = {
  name: 'json-logic-engine (compiled)',
  computes: 'subtotal and beauty units (reduce), tiers, amounts, cap, gifts, review, warehouse; the adapter passes stage 1 results into stage 2',
  run,
  decision: (order) => fromLogicResult(run(order)),
};
