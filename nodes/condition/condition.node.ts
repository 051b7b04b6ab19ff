import { z } from 'zod';
import { defineNode } from '../../runtime/node/define-node';
import { truthy } from '../../runtime/logic/logic';
import { describeLogic } from '../shared/describe-logic';
import { jsonLogicSchema, text } from '../shared/text';

const configSchema = z.object({
  expression: jsonLogicSchema.default({ '==': [{ var: 'customer.tier' }, 'vip'] }),
});

/** A yes/no question about the order, asked in JSONLogic. */
export const conditionNode = defineNode({
  type: 'condition',
  category: 'logic',
  title: text('Condition', '条件判断'),
  description: text('Sends the order down "true" or "false" depending on a rule.', '根据规则把订单分到“是”或“否”分支。'),
  config: configSchema,
  outputs: [
    { id: 'true', label: text('true', '是'), required: true },
    { id: 'false', label: text('false', '否') },
  ],
  logic: (config) => [{ path: ['expression'], expression: config.expression }],
  prepare: (config, tools) => tools.logic(config.expression),
  run: ({ facts, config: test }) => ({ port: truthy(test(facts)) ? 'true' : 'false' }),
  summary: (config, locale) => describeLogic(config.expression, locale),
});
