/**
 * json-logic-engine v5, two ways. Compiled (`engine.build(rule)`) turns each rule into a JS function
 * once, with `new Function`: the fastest JSONLogic there is, and what our runtime may not do (nothing
 * is evaluated as code, and a browser CSP without 'unsafe-eval' forbids it). Interpreted
 * (`engine.run(rule, data)`) walks the rule each time: the like-for-like comparison under that rule.
 */
import { LogicEngine } from 'json-logic-engine';
import type { Order } from '../../runtime/index';
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
  computes:
    'subtotal and beauty units (reduce), tiers, amounts, cap, gifts, review, warehouse; the adapter passes stage 1 results into stage 2',
  run,
  decision: (order) => fromLogicResult(run(order)),
};

const interpreter = new LogicEngine();
const decisionLogic = decisionRule();

function interpret(order: Order): unknown {
  const [subtotal, beautyUnits] = interpreter.run(deriveRule, order) as [number, number];
  return interpreter.run(decisionLogic, { order, subtotal, beautyUnits });
}

export const jsonLogicEngineInterpreted: Engine = {
  name: 'json-logic-engine (interpreted)',
  computes: 'the same two rules as compiled, walked by engine.run on every order: no generated code',
  run: interpret,
  decision: (order) => fromLogicResult(interpret(order)),
};
