import { z } from 'zod';
import { defineNode, fixedResult, truthy } from '../../runtime/node/index';
import { describeLogic } from '../shared/describe-logic';
import { fieldMeta, jsonLogicSchema, text } from '../shared/text';

const configSchema = z.object({
  expression: jsonLogicSchema
    .default({ '==': [{ var: 'customer.tier' }, 'vip'] })
    .meta(
      fieldMeta(
        text('Rule', '规则'),
        text(
          'The rule to check; build it visually or write JSONLogic',
          '要判断的规则：可视化搭建，或直接编写 JSONLogic',
        ),
        { widget: 'logic' },
      ),
    ),
});

/** Results never change, so every run shares these two. */
const TRUE = fixedResult('true');
const FALSE = fixedResult('false');

/** A yes/no question about the order, asked in JSONLogic. */
export const conditionNode = defineNode({
  type: 'condition',
  category: 'logic',
  title: text('Condition', '条件判断'),
  description: text(
    'Sends the order down "true" or "false" depending on a rule.',
    '根据规则把订单分到“是”或“否”分支。',
  ),
  config: configSchema,
  outputs: [
    { id: 'true', label: text('true', '是'), required: true },
    { id: 'false', label: text('false', '否') },
  ],
  logic: (config) => [{ path: ['expression'], expression: config.expression }],
  prepare: (config, tools) => tools.logic(config.expression),
  // Its run reads the facts' attributes only through its logic (a built module relies on it).
  attributesOnlyThroughLogic: true,
  run: ({ facts, config: test }) => (truthy(test(facts)) ? TRUE : FALSE),
  choosesFirstTrue: true,
  choose: (facts, test) => (truthy(test(facts)) ? 0 : 1),
  summary: (config, locale) => describeLogic(config.expression, locale),
});
