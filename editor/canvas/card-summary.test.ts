import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../../nodes/index';
import { cardSummary } from './card-summary';

const summary = (type: string, config: Record<string, unknown>, locale: 'en' | 'zh' = 'zh') =>
  cardSummary(coreRegistry.get(type)!, config, locale);

describe('card summaries', () => {
  it('word the trigger’s channels and statuses instead of showing stored codes', () => {
    expect(summary('trigger', { channels: [], statuses: ['paid'] })).toEqual({ text: '全部渠道 · 已付款' });
    expect(summary('trigger', { channels: ['douyin', 'jd'], statuses: [] })).toEqual({ text: '抖店、京东 · 任意状态' });
    expect(summary('trigger', { channels: [], statuses: ['paid'] }, 'en')).toEqual({ text: 'All channels · Paid' });
  });

  it('word a condition with field names, operators and values in 中文', () => {
    const expression = {
      and: [{ '==': [{ var: 'customer.tier' }, 'vip'] }, { '>=': [{ var: 'totals.subtotal.amount' }, 50000] }],
    };
    const text = summary('condition', { expression })!.text;
    expect(text).toContain('VIP 会员');
    expect(text).toContain('¥500.00');
    expect(text).toContain(' 且 ');
    expect(text).not.toMatch(/tier|subtotal|vip\b|[a-z]+\.[a-z]+/);
  });

  it('never print JSONLogic the builder cannot show: a short description and a JSON badge', () => {
    const expression = { '==': [{ '%': [{ var: 'totals.subtotal.amount' }, 2] }, 0] };
    const result = summary('condition', { expression })!;
    expect(result.json).toBe(true);
    expect(result.text).not.toContain('{');
  });

  it('show a percent discount as 折 with the percent beside it, and warn at 0%', () => {
    expect(summary('discount', { kind: 'percent', percent: 20 })!.text).toContain('8折（减 20%）');
    expect(summary('discount', { kind: 'percent', percent: 20 })!.warning).toBeUndefined();
    expect(summary('discount', { kind: 'percent', percent: 0 })!.warning).toContain('0%');
    expect(summary('discount', { kind: 'percent', percent: 0 }, 'en')!.warning).toContain('0%');
  });

  it('sum up a switch: each branch by label (or number) with its rule in words, then the default', () => {
    const cases = [
      { id: 'vip', label: 'VIP', expression: { '==': [{ var: 'customer.tier' }, 'vip'] } },
      { id: 'big', label: '', expression: { '>=': [{ var: 'totals.subtotal.amount' }, 50000] } },
    ];
    const zh = summary('switch', { cases })!;
    expect(zh.text).toBe('VIP：会员等级 等于 VIP 会员 · 分支 2：商品小计 大于等于 ¥500.00 · 其余走默认');
    expect(zh.json).toBeUndefined();
    expect(summary('switch', { cases }, 'en')!.text).toMatch(/^VIP: .+ · Branch 2: .+ · otherwise default$/);
  });

  it('badge a switch branch the builder cannot show, without printing its JSON', () => {
    const cases = [{ id: 'odd', label: '单号', expression: { '==': [{ '%': [{ var: 'totals.itemCount' }, 2] }, 1] } }];
    const result = summary('switch', { cases })!;
    expect(result).toEqual({ text: '单号：自定义规则 · 其余走默认', json: true });
  });

  it('never let a node type print JSONLogic on a card through its own summary', () => {
    const reviewWhen = { '==': [{ '%': [{ var: 'totals.itemCount' }, 2] }, 1] };
    const zh = summary('route', { reviewWhen })!;
    expect(zh.json).toBe(true);
    expect(zh.text).toContain('承诺 3 天');
    expect(zh.text).toContain('复核条件：自定义规则');
    expect(zh.text).not.toMatch(/[{}"]/);
    expect(summary('route', { reviewWhen }, 'en')!.text).not.toMatch(/[{}"]/);
    expect(summary('route', {})!.json).toBeUndefined();
  });
});
