import type { Locale } from '../../runtime/index';
import { formatMoney } from '../../runtime/index';
import { valueLabel } from '../i18n/value-labels';
import { findField, type Field } from '../rule-builder/fields';
import { MEASURE_LABELS, OP_LABELS } from '../rule-builder/RuleBuilder.i18n';
import type { FieldRule, NumberTest, RuleNode } from '../rule-builder/rule-tree';
import { toRules } from '../rule-builder/to-rules';

const WORDS = {
  and: { en: ' and ', zh: ' 且 ' },
  or: { en: ' or ', zh: ' 或 ' },
  always: { en: 'always', zh: '总是' },
  list: { en: ', ', zh: '、' },
} as const;

type Value = string | number | readonly string[];

function valueText(field: Field | undefined, value: Value, locale: Locale, currency: string): string {
  if (Array.isArray(value)) return value.map((v) => valueLabel(v, locale)).join(WORDS.list[locale]);
  if (typeof value === 'number') return field?.kind === 'money' ? formatMoney(value, currency) : String(value);
  return valueLabel(value as string, locale);
}

function numberTest(test: NumberTest, field: Field | undefined, locale: Locale, currency: string): string {
  const op = OP_LABELS[test.op][locale];
  if (test.op === 'between') {
    const [low, high] = test.value;
    return `${op} ${valueText(field, low, locale, currency)}–${valueText(field, high, locale, currency)}`;
  }
  return `${op} ${valueText(field, test.value, locale, currency)}`;
}

function ruleText(rule: FieldRule, scope: string | undefined, locale: Locale, currency: string): string {
  const field = findField(rule.field, scope);
  const name = field?.label[locale] ?? rule.field;
  if (!('value' in rule)) return `${name} ${OP_LABELS[rule.op][locale]}`;
  const value: unknown = rule.value;
  if (typeof value === 'number' || (Array.isArray(value) && typeof value[0] === 'number'))
    return `${name} ${numberTest(rule as NumberTest, field, locale, currency)}`;
  return `${name} ${OP_LABELS[rule.op][locale]} ${valueText(field, value as Value, locale, currency)}`;
}

function nodeText(
  node: RuleNode,
  scope: string | undefined,
  locale: Locale,
  currency: string,
  nested: boolean,
): string {
  if (node.kind === 'group') {
    if (node.children.length === 0) return WORDS.always[locale];
    const text = node.children.map((c) => nodeText(c, scope, locale, currency, true)).join(WORDS[node.op][locale]);
    return nested && node.children.length > 1 ? `(${text})` : text;
  }
  if (node.kind === 'rule') return ruleText(node, scope, locale, currency);
  const field = findField(node.field, scope);
  const name = field?.label[locale] ?? node.field;
  const where = nodeText(node.where, node.field, locale, currency, true);
  const measure = `${name} · ${MEASURE_LABELS[node.measure][locale].replace(/…$/, '')} ${where}`;
  if (node.measure === 'some') return measure;
  const summed = node.measure === 'sum' ? findField(node.sumField, node.field) : undefined;
  return `${measure} ${numberTest(node, summed, locale, currency)}`;
}

/**
 * A condition in words, built from the same model as the rule builder ("会员等级 等于 VIP 会员 且 商品小计
 * 大于等于 ¥500.00"); null when the builder cannot show the expression, so the card says so instead
 * of printing JSONLogic.
 */
export function ruleSummary(expression: unknown, locale: Locale, currency = 'CNY'): string | null {
  const tree = toRules(expression);
  return tree ? nodeText(tree, undefined, locale, currency, false) : null;
}
