import { z } from 'zod';
import { defineNode } from '../../runtime/node/index';
import { fillTemplate } from '../shared/fill-template';
import { text } from '../shared/text';

const configSchema = z.object({
  channel: z
    .enum(['email', 'sms', 'webhook', 'wecom', 'dingtalk', 'slack'])
    .default('email')
    .describe('How the host should deliver it'),
  to: z.string().min(1).max(200).default('ops@example.com').describe('Recipient: address, number, group or URL'),
  message: z
    .string()
    .max(2000)
    .default('Order {{id}} needs attention')
    .describe('Text; {{customer.tier}} style placeholders read the order'),
});

/** Asks the host to send a message. The runtime never sends anything itself: it returns an effect. */
export const notifyNode = defineNode({
  type: 'notify',
  category: 'action',
  title: text('Notify', '发送通知'),
  description: text(
    'Sends a message through the host (email, SMS, WeCom, DingTalk…).',
    '通过宿主系统发送消息（邮件、短信、企业微信、钉钉等）。',
  ),
  config: configSchema,
  outputs: [{ id: 'next', label: text('next', '下一步') }],
  run: ({ nodeId, facts, config }) => ({
    port: 'next',
    patch: {
      effects: [
        {
          kind: 'notify',
          nodeId,
          channel: config.channel,
          to: config.to,
          message: fillTemplate(config.message, facts),
        },
      ],
    },
  }),
  summary: (config) => `${config.channel} → ${config.to}`,
});
