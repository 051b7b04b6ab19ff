import { z } from 'zod';
import { defineNode, takePort } from '../../runtime/node/index';
import { fillTemplate } from '../shared/fill-template';
import { fieldMeta, text } from '../shared/text';

const configSchema = z.object({
  channel: z
    .enum(['email', 'sms', 'webhook', 'wecom', 'dingtalk', 'slack'])
    .default('email')
    .meta(fieldMeta(text('Channel', '渠道'), text('How the message is sent', '消息的发送方式'))),
  to: z
    .string()
    .min(1)
    .max(200)
    .default('ops@example.com')
    .meta(
      fieldMeta(
        text('Recipient', '接收人'),
        text('Recipient: address, number, group or URL', '接收人：邮箱、手机号、群组或网址'),
      ),
    ),
  message: z
    .string()
    .max(2000)
    .default('Order {{id}} needs attention')
    .meta(
      fieldMeta(
        text('Message', '消息内容'),
        text(
          'Message text; placeholders like {{customer.tier}} read the order',
          '消息内容；可用 {{customer.tier}} 这类占位符读取订单',
        ),
      ),
    ),
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
  run: ({ nodeId, facts, config }) =>
    takePort('next', {
      effects: [
        {
          kind: 'notify',
          nodeId,
          channel: config.channel,
          to: config.to,
          message: fillTemplate(config.message, facts),
        },
      ],
    }),
  summary: (config) => `${config.channel} → ${config.to}`,
});
