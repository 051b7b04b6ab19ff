import { describe, expect, it } from 'vitest';
import { shownChannelMessage, type MessagePart } from './message-words';

const said = (parts: readonly MessagePart[]) =>
  parts.map((p) => ('code' in p ? `<${p.code}>` : 'asWritten' in p ? `[${p.asWritten}]` : p.text)).join('');

/** Messages as channels/engine words them (build-order.ts, lines.ts, customer.ts, evaluate-field.ts, status.ts). */
const KNOWN: readonly [string, string][] = [
  [
    'attributes.buyerNote is longer than 1024 characters and was left out (it stays in raw)',
    '属性 <buyerNote> 超过 1024 个字符，未写入订单（原始报文中仍保留）',
  ],
  [
    'the lines add up to 597.00 USD but the channel states 600.00 USD for the items',
    '商品行合计 597.00 USD，但渠道报文中的商品金额为 600.00 USD',
  ],
  [
    'lines: no line items; one stand-in line holds ¥99.00 CNY. Bundles arrive without rows',
    '报文中没有商品行，已用一行代替，金额 ¥99.00 CNY。映射说明：[Bundles arrive without rows]',
  ],
  [
    'lines: the payload has no line items at $.order.items (an order needs at least one)',
    '在 <$.order.items> 没有商品行（订单至少要有一行）',
  ],
  [
    'customer.id: the payload names no buyer (no e-mail, phone or buyer id) and the mapping declares no customer.fallbackId',
    '<customer.id>：报文中没有买家信息（无邮箱、手机或买家编号），映射也没有声明 <customer.fallbackId>',
  ],
  [
    'lines[0].unitPrice: the amount is in USD but the order is in CNY',
    '<lines[0].unitPrice>：金额币种为 USD，但订单币种为 CNY',
  ],
  ['createdAt is required but the payload has no value there', '<createdAt> 是必填项，但报文中这里没有值'],
];

describe('channel normalizer messages in 中文', () => {
  it.each(KNOWN)('%s', (english, chinese) => {
    const shown = shownChannelMessage(english, 'zh');
    expect(shown.english).toBeUndefined();
    expect(said(shown.parts)).toBe(chinese);
    // Outside code and the mapping's own words, no English is left.
    const words = shown.parts.filter((p) => 'text' in p).map((p) => ('text' in p ? p.text : ''));
    expect(words.join(' ')).not.toMatch(/\b(?!USD\b|CNY\b)[A-Za-z]{2,}/);
  });

  it('shows an unknown message as written, marked English, and English as it is', () => {
    expect(shownChannelMessage('something new went wrong', 'zh')).toEqual({
      parts: [{ text: 'something new went wrong' }],
      english: true,
    });
    expect(shownChannelMessage(KNOWN[1]![0], 'en')).toEqual({ parts: [{ text: KNOWN[1]![0] }] });
  });
});
