import type { Locale } from '../../runtime/index';

/**
 * The channels/ normalizer words its warnings and refusals in English (they also go to logs and the CLI). On the
 * Channels page in 中文 they are said in Chinese: each known message shape is matched and re-worded; field paths
 * and mapping names stay as written, as code. A shape not known here is shown as it is, marked English.
 */
export type MessagePart = { readonly text: string } | { readonly code: string } | { readonly asWritten: string };
export type ShownMessage = { readonly parts: readonly MessagePart[]; readonly english?: boolean };

const text = (t: string): MessagePart => ({ text: t });
const code = (c: string): MessagePart => ({ code: c });

type Rule = readonly [RegExp, (m: RegExpExecArray) => MessagePart[]];

/** Labels first: "lines[0].unitPrice: …" and "customer.id: …" lead many messages. */
const RULES: readonly Rule[] = [
  [
    /^attributes\.(\S+) is longer than 1024 characters and was left out \(it stays in raw\)$/,
    (m) => [text('属性 '), code(m[1]!), text(' 超过 1024 个字符，未写入订单（原始报文中仍保留）')],
  ],
  [
    /^the lines add up to (.+) but the channel states (.+) for the items$/,
    (m) => [text(`商品行合计 ${m[1]}，但渠道报文中的商品金额为 ${m[2]}`)],
  ],
  [
    /^lines: no line items; one stand-in line holds (.+?)\. ([\s\S]*)$/,
    (m) => [text(`报文中没有商品行，已用一行代替，金额 ${m[1]}。映射说明：`), { asWritten: m[2]! }],
  ],
  [
    /^lines: the payload has no line items at (\S+) \(an order needs at least one\)$/,
    (m) => [text('在 '), code(m[1]!), text(' 没有商品行（订单至少要有一行）')],
  ],
  [
    /^lines: expected line rows \(objects\), got (.+)$/,
    (m) => [text(`商品行应为对象列表，实际是 ${m[1] === 'a list' ? '列表' : m[1]}`)],
  ],
  [
    /^customer\.id: the payload names no buyer \(no e-mail, phone or buyer id\) and the mapping declares no customer\.fallbackId$/,
    () => [
      code('customer.id'),
      text('：报文中没有买家信息（无邮箱、手机或买家编号），映射也没有声明 '),
      code('customer.fallbackId'),
    ],
  ],
  [
    /^(\S+) is required but the payload has no value there(?: \(nor at (.+)\))?$/,
    (m) => [
      code(m[1]!),
      text(' 是必填项，但报文中这里没有值'),
      ...(m[2] ? [text('（'), code(m[2]), text(' 也没有）')] : []),
    ],
  ],
  [
    /^(\S+): the amount is in (\w+) but the order is in (\w+)$/,
    (m) => [code(m[1]!), text(`：金额币种为 ${m[2]}，但订单币种为 ${m[3]}`)],
  ],
  [/^(\S+): no currency at (\S+)$/, (m) => [code(m[1]!), text('：在 '), code(m[2]!), text(' 没有币种')]],
  [
    /^(\S+): the value is masked or encrypted and cannot be read as (\w+)$/,
    (m) => [code(m[1]!), text('：该值已脱敏或加密，无法读取')],
  ],
  [
    /^(\S+): "([\s\S]+)" is not in the field's table \(([\s\S]*)\)$/,
    (m) => [code(m[1]!), text('：“'), { asWritten: m[2]! }, text('”不在该字段的对照表中（'), code(m[3]!), text('）')],
  ],
  [
    /^status: no rule of the status table holds for ([\s\S]+); add a rule \(or "otherwise"\) to the mapping$/,
    (m) => [text('状态：状态表中没有规则适用于 '), code(m[1]!), text('；请在映射中添加规则（或 otherwise 兜底）')],
  ],
];

export function shownChannelMessage(message: string, locale: Locale): ShownMessage {
  if (locale !== 'zh') return { parts: [text(message)] };
  for (const [pattern, words] of RULES) {
    const m = pattern.exec(message);
    if (m) return { parts: words(m) };
  }
  return { parts: [text(message)], english: true };
}
