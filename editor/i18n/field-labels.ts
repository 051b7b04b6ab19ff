import type { Locale, LocalText } from '../../runtime/node/define-node';

/**
 * Labels for config fields the core nodes use. Schemas name fields in code ("minSubtotal") and
 * describe them in English; operations staff read the label, so common names get both languages.
 * Unknown names fall back to the humanised key ("minSubtotal" → "Min subtotal").
 */
const LABELS: Readonly<Record<string, LocalText>> = {
  perUnit: { en: 'Per unit', zh: '按件计' },
  basis: { en: 'Spend basis', zh: '门槛计算基础' },
  hitPolicy: { en: 'Hit policy', zh: '命中策略' },
  aggregate: { en: 'Combine matches', zh: '汇总方式' },
  perLine: { en: 'Per order line', zh: '逐行判断' },
  inputs: { en: 'Condition columns', zh: '条件列' },
  outputs: { en: 'Result columns', zh: '结果列' },
  rows: { en: 'Rows', zh: '规则行' },
  lookup: { en: 'Lookup table', zh: '查找表' },
  table: { en: 'Table', zh: '表' },
  note: { en: 'Note', zh: '备注' },
  priorityBy: { en: 'Priority by', zh: '优先级依据' },
  timeZone: { en: 'Time zone', zh: '时区' },
  type: { en: 'Type', zh: '类型' },
  values: { en: 'Values', zh: '取值' },
  then: { en: 'Results', zh: '结果' },
  reason: { en: 'Reason', zh: '原因' },
  when: { en: 'Applies when', zh: '生效条件' },
  expression: { en: 'Rule', zh: '规则' },
  coupon: { en: 'Coupon code', zh: '优惠券码' },
  currency: { en: 'Currency', zh: '币种' },
  kind: { en: 'Kind', zh: '类型' },
  percent: { en: 'Percent off', zh: '折扣百分比' },
  amount: { en: 'Amount off', zh: '优惠金额' },
  tiers: { en: 'Tiers', zh: '满减档位' },
  threshold: { en: 'Threshold', zh: '门槛金额' },
  off: { en: 'Amount off', zh: '减免金额' },
  repeat: { en: 'Repeat for every threshold', zh: '每满重复（每满减）' },
  buy: { en: 'Buy', zh: '购买件数' },
  get: { en: 'Get free', zh: '赠送件数' },
  scope: { en: 'Applies to', zh: '适用范围' },
  categories: { en: 'Categories', zh: '类目' },
  skus: { en: 'SKUs', zh: 'SKU' },
  cap: { en: 'Maximum discount', zh: '最高优惠' },
  minSubtotal: { en: 'Minimum subtotal', zh: '最低金额' },
  stacking: { en: 'Stacking', zh: '叠加方式' },
  priority: { en: 'Priority', zh: '优先级' },
  sku: { en: 'SKU', zh: 'SKU' },
  name: { en: 'Name', zh: '名称' },
  quantity: { en: 'Quantity', zh: '数量' },
  perStep: { en: 'Per threshold step', zh: '按档位累计' },
  maxQuantity: { en: 'Maximum quantity', zh: '最多数量' },
  requireStock: { en: 'Only when in stock', zh: '仅在有库存时' },
  perCustomerLimit: { en: 'Limit per customer', zh: '每位客户上限' },
  role: { en: 'Approver role', zh: '审批角色' },
  slaHours: { en: 'Time limit (hours)', zh: '时限（小时）' },
  station: { en: 'QC station', zh: '质检站' },
  checklist: { en: 'Checklist', zh: '检查项' },
  crmTagsOnPass: { en: 'CRM tags on pass', zh: '合格时的 CRM 标签' },
  crmTagsOnFail: { en: 'CRM tags on fail', zh: '不合格时的 CRM 标签' },
  weights: { en: 'Weights', zh: '权重' },
  cost: { en: 'Cost', zh: '成本' },
  transit: { en: 'Transit time', zh: '时效' },
  tier: { en: 'Customer tier', zh: '会员等级' },
  promiseDays: { en: 'Delivery promise (days)', zh: '承诺送达（天）' },
  allowSplit: { en: 'Allow split shipments', zh: '允许拆单' },
  maxShipments: { en: 'Maximum shipments', zh: '最多包裹数' },
  splitLines: { en: 'Split a line across warehouses', zh: '单行可拆到多个仓' },
  reviewRemote: { en: 'Review remote areas', zh: '偏远地区需复核' },
  reviewWhen: { en: 'Review when', zh: '复核条件' },
  reviewReason: { en: 'Review reason', zh: '复核原因' },
  reviewRole: { en: 'Reviewer role', zh: '复核角色' },
  excludeWarehouses: { en: 'Excluded warehouses', zh: '排除的仓库' },
  tags: { en: 'Tags', zh: '标签' },
  target: { en: 'Tag what', zh: '标记对象' },
  channel: { en: 'Channel', zh: '渠道' },
  channels: { en: 'Channels', zh: '渠道' },
  statuses: { en: 'Order statuses', zh: '订单状态' },
  to: { en: 'Recipient', zh: '接收人' },
  message: { en: 'Message', zh: '消息内容' },
  field: { en: 'Attribute', zh: '属性名' },
  decision: { en: 'Decision', zh: '处理结果' },
  cases: { en: 'Cases', zh: '分支' },
  id: { en: 'Port id', zh: '出口 ID' },
  label: { en: 'Label', zh: '显示名称' },
  method: { en: 'Method', zh: '请求方法' },
  url: { en: 'Address (URL)', zh: '接口地址' },
  headers: { en: 'Headers', zh: '请求头' },
  body: { en: 'Body', zh: '请求体' },
  response: { en: 'Use the answer', zh: '返回结果写回' },
  attributes: { en: 'Order attributes', zh: '订单属性' },
  timeoutMs: { en: 'Time limit (ms)', zh: '超时时间（毫秒）' },
  retries: { en: 'Retries', zh: '重试次数' },
  example: { en: 'Recorded example answer', zh: '录制的示例返回' },
  status: { en: 'Status code', zh: '状态码' },
};

export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fieldLabel(key: string, locale: Locale): string {
  return Object.hasOwn(LABELS, key) ? LABELS[key]![locale] : humanize(key);
}
