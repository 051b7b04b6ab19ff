import type { FieldValue } from '../../../runtime/index';
import { translateDynamic, type SimMessage, type Translate } from '../i18n';

/** Fields named after a step ("discount.<node id>") and those that are not. */
const BY_STEP: Readonly<Record<string, SimMessage>> = {
  discount: 'field_discount',
  hold: 'field_hold',
};
const PLAIN: Readonly<Record<string, SimMessage>> = {
  status: 'status',
  decision: 'decision',
  waitingAt: 'field_waitingAt',
  failedAt: 'field_failedAt',
  total: 'part_total',
  tags: 'part_tags',
  'route.warehouses': 'field_warehouses',
  'route.carriers': 'field_carriers',
  'route.cost': 'shippingCost',
  'route.promisedBy': 'promisedBy',
};
const STATUS: Readonly<Record<string, SimMessage>> = {
  completed: 'completed',
  waiting: 'waiting',
  rejected: 'rejected',
  failed: 'failed',
};

/**
 * A compared field as people read it: "决定", "折扣 · VIP 9折", "赠品 · GIFT-BAG", not the runtime's
 * "discount.discount-1". Unknown fields (a later runtime's) are shown as they come.
 */
export function fieldLabel(field: string, t: Translate, stepName: (nodeId: string) => string): string {
  if (Object.hasOwn(PLAIN, field)) return t(PLAIN[field]!);
  const dot = field.indexOf('.');
  const head = dot < 0 ? field : field.slice(0, dot);
  const rest = field.slice(dot + 1);
  if (dot > 0 && Object.hasOwn(BY_STEP, head)) return `${t(BY_STEP[head]!)} · ${stepName(rest)}`;
  if (head === 'gift') return `${t('part_gifts')} · ${rest}`;
  if (head === 'attribute') return `${t('attributes')} · ${rest}`;
  return field;
}

/** A compared value in the UI language: statuses, decisions and step ids are translated, the rest shown. */
export function fieldValue(field: string, value: FieldValue, t: Translate, stepName: (nodeId: string) => string) {
  if (value === null) return '—';
  const text = String(value);
  if (field === 'status' && Object.hasOwn(STATUS, text)) return t(STATUS[text]!);
  if (field === 'decision') return translateDynamic(t, 'decision_', text);
  if (field === 'waitingAt' || field === 'failedAt') return stepName(text);
  if (field.startsWith('hold.')) {
    const [kind = '', status = ''] = text.split(' ');
    return `${translateDynamic(t, 'kind_', kind)} ${translateDynamic(t, 'hold_', status)}`;
  }
  return text;
}
