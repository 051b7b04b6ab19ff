/** json-logic-js: the reference interpreter, walking the rule object on every call (`jsonLogic.apply`). */
import jsonLogic from 'json-logic-js';
import type { Order } from '../../runtime/index';
import { deriveRule, decisionRule } from '../decision/jsonlogic';
import { fromLogicResult } from './logic-result';
import type { Engine } from './engine';

const stage2 = decisionRule() as jsonLogic.RulesLogic;
const stage1 = deriveRule as jsonLogic.RulesLogic;

function run(order: Order): unknown {
  const [subtotal, beautyUnits] = jsonLogic.apply(stage1, order) as [number, number];
  return jsonLogic.apply(stage2, { order, subtotal, beautyUnits });
}

export const jsonLogicJs: Engine = {
  name: 'json-logic-js',
  computes: 'the same two JSONLogic rules as json-logic-engine, interpreted',
  run,
  decision: (order) => fromLogicResult(run(order)),
};
