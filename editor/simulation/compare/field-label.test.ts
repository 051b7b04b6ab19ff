import { describe, expect, it } from 'vitest';
import { translateSim, type Translate } from '../i18n';
import { fieldLabel, fieldValue } from './field-label';

const zh: Translate = (key, params) => translateSim('zh', key, params);
const names: Record<string, string> = { 'discount-1': 'VIP 9折', 'approve-1': '大额审批' };
const name = (id: string) => names[id] ?? id;

describe('compared fields in 中文', () => {
  it('name the step a field is about instead of its id', () => {
    expect(fieldLabel('discount.discount-1', zh, name)).toBe('折扣 · VIP 9折');
    expect(fieldLabel('decision', zh, name)).toBe('决定');
    expect(fieldLabel('route.warehouses', zh, name)).toBe('发货仓');
    expect(fieldLabel('gift.GIFT-BAG', zh, name)).toBe('赠品 · GIFT-BAG');
  });

  it('translate statuses, decisions, holds and the step an order waits at', () => {
    expect(fieldValue('decision', 'accept', zh, name)).toBe('接受');
    expect(fieldValue('status', 'waiting', zh, name)).toBe('等待中');
    expect(fieldValue('waitingAt', 'approve-1', zh, name)).toBe('大额审批');
    expect(fieldValue('hold.approve-1', 'approval pending', zh, name)).toBe('审批 待处理');
    expect(fieldValue('total', null, zh, name)).toBe('—');
  });
});
