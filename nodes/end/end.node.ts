import { z } from 'zod';
import { defineNode, takePort } from '../../runtime/node/index';
import { fieldMeta, text } from '../shared/text';

const configSchema = z.object({
  decision: z
    .enum(['accept', 'hold', 'cancel'])
    .default('accept')
    .meta(fieldMeta(text('Decision', '处理结果'), text('What happens to the order', '订单的处理结果'))),
  reason: z
    .string()
    .max(200)
    .default('')
    .meta(fieldMeta(text('Reason', '原因'), text('Why, for the people who see the order', '原因（给查看订单的人看）'))),
});

const DECISION_LABELS = {
  accept: text('Accept', '放行'),
  hold: text('Hold', '挂起'),
  cancel: text('Cancel', '取消'),
} as const;

/** Ends the path with a decision. A path that simply stops also ends, with "accept". */
export const endNode = defineNode({
  type: 'end',
  category: 'action',
  title: text('End', '结束'),
  description: text('Ends the flow: accept, hold or cancel the order.', '结束流程：放行、挂起或取消订单。'),
  config: configSchema,
  outputs: [],
  // The result never changes: built once, shared by every run (results are read, never kept).
  prepare: (config) => ({
    config,
    result: Object.freeze(
      takePort(null, Object.freeze({ decision: Object.freeze({ decision: config.decision, reason: config.reason }) })),
    ),
  }),
  // Its run reads the facts' attributes only through its logic (a built module relies on it).
  attributesOnlyThroughLogic: true,
  run: ({ config: prepared }) => prepared.result,
  constantResult: (prepared) => prepared.result,
  summary: (config, locale) =>
    `${DECISION_LABELS[config.decision][locale]}${config.reason ? ` · ${config.reason}` : ''}`,
});
