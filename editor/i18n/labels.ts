import type { ProblemCode, LocalText } from '../../runtime/index';
import type { NodeCategory } from '../../runtime/node/index';

/**
 * Short labels for problem codes. The runtime's messages are English sentences with ids and paths in
 * them; we keep the sentence and put a translated label in front, so Chinese-speaking staff can see
 * what kind of problem it is at a glance.
 */
export const PROBLEM_LABELS: Readonly<Record<ProblemCode, LocalText>> = {
  'not-json': { en: 'Not JSON', zh: '不是 JSON' },
  'not-object': { en: 'Not a flow', zh: '不是流程对象' },
  'unsupported-format': { en: 'Unsupported format', zh: '格式不支持' },
  schema: { en: 'Wrong shape', zh: '结构错误' },
  'forbidden-key': { en: 'Forbidden key', zh: '禁止的键名' },
  'too-large': { en: 'Too large', zh: '文件过大' },
  'too-deep': { en: 'Nested too deep', zh: '嵌套过深' },
  'duplicate-id': { en: 'Duplicate id', zh: 'ID 重复' },
  'unknown-node-type': { en: 'Unknown step type', zh: '未知节点类型' },
  'invalid-config': { en: 'Invalid setting', zh: '配置无效' },
  'table-overlap': { en: 'Rows overlap', zh: '行重叠' },
  'table-gap': { en: 'Uncovered input', zh: '未覆盖的输入' },
  'unknown-config-key': { en: 'Unknown setting', zh: '未知配置项' },
  'checks-skipped': { en: 'Checks skipped', zh: '部分检查未进行' },
  'no-trigger': { en: 'No start', zh: '缺少起点' },
  'multiple-triggers': { en: 'Two starts', zh: '多个起点' },
  'edge-missing-node': { en: 'Broken link', zh: '连线断开' },
  'edge-unknown-port': { en: 'Unknown output', zh: '出口不存在' },
  'edge-into-trigger': { en: 'Link into start', zh: '连线指向起点' },
  'port-multiple-edges': { en: 'Output used twice', zh: '出口重复连接' },
  'required-port-unconnected': { en: 'Output not connected', zh: '出口未连接' },
  cycle: { en: 'Loop', zh: '循环' },
  'unreachable-node': { en: 'Never reached', zh: '无法到达' },
  'logic-unknown-operator': { en: 'Unknown rule operator', zh: '未知规则运算符' },
  'logic-invalid': { en: 'Invalid rule', zh: '规则无效' },
  'logic-limit': { en: 'Rule too large', zh: '规则过大' },
  'logic-unknown-var': { en: 'Unknown field in rule', zh: '规则字段不存在' },
  'money-currency-unpinned': { en: 'Amount without a currency', zh: '金额未限定币种' },
  'invalid-order': { en: 'Invalid order', zh: '订单无效' },
  'invalid-context': { en: 'Invalid context', zh: '上下文无效' },
};

/** Palette groups, in the order a flow reads: start, decide, promote, review, fulfil, act. */
export const CATEGORY_LABELS: Readonly<Record<NodeCategory, LocalText>> = {
  trigger: { en: 'Start', zh: '起点' },
  logic: { en: 'Logic', zh: '逻辑' },
  promotion: { en: 'Promotions', zh: '促销' },
  review: { en: 'Review', zh: '审核' },
  fulfilment: { en: 'Fulfilment', zh: '履约' },
  action: { en: 'Actions', zh: '动作' },
  custom: { en: 'Custom', zh: '自定义' },
};

export const CATEGORY_ORDER: readonly NodeCategory[] = [
  'trigger',
  'logic',
  'promotion',
  'review',
  'fulfilment',
  'action',
  'custom',
];

export function problemLabel(code: string, locale: 'en' | 'zh'): string {
  return Object.hasOwn(PROBLEM_LABELS, code) ? PROBLEM_LABELS[code as ProblemCode][locale] : code;
}
