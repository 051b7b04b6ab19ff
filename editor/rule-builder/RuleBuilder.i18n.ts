import type { Locale, LocalText } from '../../runtime/index';
import type { ArrayMeasure, GroupOp, RuleOp } from './rule-tree';

const t = (en: string, zh: string): LocalText => ({ en, zh });

export const OP_LABELS: Readonly<Record<RuleOp, LocalText>> = {
  '==': t('=', '等于'),
  '!=': t('≠', '不等于'),
  '>': t('>', '大于'),
  '>=': t('≥', '大于等于'),
  '<': t('<', '小于'),
  '<=': t('≤', '小于等于'),
  between: t('between', '介于'),
  in: t('is one of', '属于'),
  notIn: t('is not one of', '不属于'),
  contains: t('contains', '包含'),
  notContains: t('does not contain', '不包含'),
  isTrue: t('is true', '为是'),
  isFalse: t('is false', '为否'),
  before: t('before', '早于'),
  after: t('after', '晚于'),
};

export const GROUP_LABELS: Readonly<Record<GroupOp, LocalText>> = {
  and: t('All of these (and)', '同时满足（且）'),
  or: t('Any of these (or)', '满足任一（或）'),
};

export const MEASURE_LABELS: Readonly<Record<ArrayMeasure, LocalText>> = {
  some: t('any item where…', '任一项满足…'),
  count: t('number of items where…', '满足条件的项数'),
  sum: t('total of … over items where…', '满足条件的项的合计'),
};

const MESSAGES = {
  addRule: t('+ Condition', '+ 条件'),
  addGroup: t('+ Group', '+ 条件组'),
  remove: t('Remove', '删除'),
  always: t('Always true — add a condition to narrow it down.', '始终成立——添加条件来缩小范围。'),
  emptyInner: t('No conditions: matches every item.', '没有条件：匹配每一项。'),
  visual: t('Builder', '可视化'),
  raw: t('JSON', 'JSON'),
  rawOnly: t(
    'This rule uses something the builder cannot show, so it is edited as JSON.',
    '此规则包含可视化编辑器无法显示的内容，请以 JSON 编辑。',
  ),
  rawInvalid: t('Not valid JSON yet — the rule keeps its last valid value.', 'JSON 尚不合法——规则保留上一次的有效值。'),
  rawNotVisual: t(
    'The builder cannot show this JSON; stay in JSON mode or change it.',
    '可视化编辑器无法显示此 JSON；请继续以 JSON 编辑或修改它。',
  ),
  and: t('and', '且'),
  whereItems: t('where', '其中'),
  sumOf: t('of', '的'),
  listHint: t('Separate values with commas', '多个值用逗号或顿号分隔'),
  invalidNumber: t('Enter a number', '请输入数字'),
  invalidMoney: t('Enter an amount such as 99.50', '请输入金额，例如 99.50'),
  timezone: t('time zone', '时区'),
  field: t('Field', '字段'),
  operator: t('Operator', '运算符'),
  value: t('Value', '值'),
  currency: t('Currency', '币种'),
  anyCurrency: t('any currency', '任意币种'),
  unpinnedMoney: t(
    'Holds for orders in every currency (50000 is ¥500 in CNY but $500 in USD): pick the currency of this amount.',
    '对任何币种的订单都成立（50000 在 CNY 是 ¥500，在 USD 是 $500）：请选择此金额的币种。',
  ),
} satisfies Record<string, LocalText>;

export type RuleBuilderMessage = keyof typeof MESSAGES;

export function msg(key: RuleBuilderMessage, locale: Locale): string {
  return MESSAGES[key][locale];
}
