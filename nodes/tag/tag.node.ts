import { z } from 'zod';
import { defineNode, fixedResult, takePort } from '../../runtime/node/index';
import type { Effect } from '../../runtime/node/index';
import { fieldMeta, text } from '../shared/text';

const configSchema = z.object({
  tags: z
    .array(z.string().min(1).max(64))
    .min(1)
    .default(['reviewed'])
    .meta(fieldMeta(text('Tags', '标签'), text('Tags to add', '要添加的标签'))),
  target: z
    .enum(['order', 'customer'])
    .default('order')
    .meta(
      fieldMeta(
        text('Tag what', '标记对象'),
        text('Tag the order, or the customer in the CRM', '给订单打标签，或在 CRM 中给客户打标签'),
      ),
    ),
});

/** Nothing to add: the note says so in each language. Shared, as the result never changes. */
const ALREADY_TAGGED = {
  en: fixedResult('next', 'tags already present'),
  zh: fixedResult('next', '标签已存在'),
} as const;

/** Labels the order (for later nodes and reports) or the customer (a CRM effect for the host). */
export const tagNode = defineNode({
  type: 'tag',
  category: 'action',
  title: text('Tag', '打标签'),
  description: text(
    'Adds tags to the order, or to the customer in the CRM.',
    '给订单打标签，或在 CRM 中给客户打标签。',
  ),
  config: configSchema,
  outputs: [{ id: 'next', label: text('next', '下一步') }],
  // Its run reads the facts' attributes only through its logic (a built module relies on it).
  attributesOnlyThroughLogic: true,
  run: ({ nodeId, order, outcome, config, locale }) => {
    if (config.target === 'customer') {
      const effects: Effect[] = config.tags.map((tag) => ({
        kind: 'crm-tag',
        nodeId,
        customerId: order.customer.id,
        tag,
      }));
      return takePort('next', { effects });
    }
    const fresh = config.tags.filter((tag) => !outcome.tags.includes(tag));
    return fresh.length ? takePort('next', { tags: fresh }) : ALREADY_TAGGED[locale];
  },
  summary: (config, locale) =>
    `${config.target === 'customer' ? (locale === 'zh' ? '客户' : 'customer') : locale === 'zh' ? '订单' : 'order'} +${config.tags.join(', +')}`,
});
