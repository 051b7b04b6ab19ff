/** The discount node writes its notes and made-up reasons in the run's language; amounts never change with it. */
import { describe, expect, it } from 'vitest';
import type { Outcome, OrderInput } from '../../runtime/node/index';
import { discountNode } from './discount.node.ts';
import { DISCOUNT_WORDS, type DiscountWords } from './words';
import { existing, makeOrder, outcomeWith, runNode, testTools, type LineSpec } from '../testing/node-harness';

const order = makeOrder([{ price: 15900 }, { price: 10000 }]); // ¥259 over two lines

describe('discount in Chinese', () => {
  it('notes an applied discount in zh, with the same adjustment as the en run', () => {
    const config = { kind: 'fixed', amount: 2000, stacking: 'exclusive', priority: 1, reason: '双11' };
    const outcome = outcomeWith([existing('off-vip', 500, 'stackable')]);
    const zh = runNode(discountNode, config, order, { outcome, locale: 'zh' });
    const en = runNode(discountNode, config, order, { outcome, locale: 'en' });
    expect(zh.note).toBe('减 ¥20.00（基数 ¥259.00）；替换 off-vip');
    expect(en.note).toBe('¥20.00 off ¥259.00; replaces off-vip');
    expect(zh.patch).toEqual(en.patch);
    expect(zh.patch?.adjustments?.[0]?.allocations).toEqual([
      { lineId: 'L1', amount: 1228 },
      { lineId: 'L2', amount: 772 },
    ]);
  });

  it('lists several replaced discounts with 、, and says nothing more when none are replaced', () => {
    const outcome = outcomeWith([existing('s1', 500, 'stackable'), existing('b1', 300, 'best-of')]);
    expect(
      runNode(discountNode, { kind: 'fixed', amount: 1000, stacking: 'exclusive', priority: 1 }, order, {
        outcome,
        locale: 'zh',
      }).note,
    ).toBe('减 ¥10.00（基数 ¥259.00）；替换 s1、b1');
    expect(runNode(discountNode, { percent: 10 }, makeOrder([{ price: 1000 }]), { locale: 'zh' }).note).toBe(
      '减 ¥1.00（基数 ¥10.00）',
    );
  });

  it('an empty reason becomes the summary in the run language; a typed one stays as typed', () => {
    const config = { percent: 10, cap: 20000, currency: 'CNY' };
    const reason = (raw: Record<string, unknown>, locale: 'en' | 'zh') =>
      runNode(discountNode, raw, makeOrder([{ price: 1000 }]), { locale }).patch?.adjustments?.[0]?.reason;
    expect(reason(config, 'zh')).toBe('9折，上限¥200');
    expect(reason(config, 'zh')).toBe(discountNode.summary(discountNode.config.parse(config), 'zh'));
    expect(reason(config, 'en')).toBe('10% off, cap ¥200');
    expect(reason({ ...config, reason: ' Double 11 ' }, 'zh')).toBe('Double 11');
    expect(reason({ ...config, reason: '双11大促' }, 'en')).toBe('双11大促');
  });

  interface SkipCase {
    readonly name: string;
    readonly config: Record<string, unknown>;
    readonly lines?: readonly LineSpec[];
    readonly order?: Partial<OrderInput>;
    readonly outcome?: Outcome;
    readonly zh: string;
  }
  const vip = { '==': [{ var: 'customer.tier' }, 'vip'] };
  const skips: SkipCase[] = [
    {
      name: 'missing coupon',
      config: { percent: 10, coupon: 'LIVE20' },
      order: { coupons: ['SAVE10'] },
      zh: '优惠券 LIVE20 不在订单上',
    },
    {
      name: 'other currency',
      config: { kind: 'fixed', amount: 500, currency: 'USD' },
      zh: '订单币种为 CNY，本节点只适用于 USD',
    },
    { name: 'condition', config: { percent: 10, when: vip }, zh: '不满足条件' },
    {
      name: 'already applied',
      config: { percent: 10 },
      outcome: outcomeWith([existing('d1', 100, 'stackable')]),
      zh: '本优惠已应用',
    },
    {
      name: 'no category line',
      config: { percent: 10, scope: 'category', categories: ['toys'] },
      zh: '订单中没有指定类目的商品',
    },
    { name: 'no sku line', config: { percent: 10, scope: 'sku', skus: ['X'] }, zh: '订单中没有指定商品' },
    {
      name: 'threshold',
      config: { kind: 'tiered', tiers: [{ threshold: 30000, off: 3000 }] },
      lines: [{ price: 25000 }],
      zh: '未达满减门槛 ¥300.00（参与优惠金额 ¥250.00）',
    },
    {
      name: 'buy x get y',
      config: { kind: 'buy-x-get-y' },
      lines: [{ price: 10000, qty: 2 }],
      zh: '买 2 送 1 需 3 件参与商品，当前仅 2 件',
    },
    {
      name: 'minimum',
      config: { percent: 10, minSubtotal: 10000 },
      lines: [{ price: 9000 }],
      zh: '参与优惠金额 ¥90.00 未达使用门槛 ¥100.00',
    },
    { name: 'zero', config: { percent: 0 }, zh: '优惠金额为 ¥0.00' },
    {
      name: 'nothing left',
      config: { kind: 'fixed', amount: 5000, scope: 'sku', skus: ['SKU-1'] },
      lines: [{ price: 1000 }, { price: 3000 }],
      outcome: outcomeWith([existing('e1', 1000, 'stackable')]),
      zh: '参与优惠的商品已无可优惠金额',
    },
    // stacking
    {
      name: 'lost on priority',
      config: { kind: 'fixed', amount: 9000, priority: 1 },
      outcome: outcomeWith([existing('x1', 500, 'exclusive', 5)]),
      zh: '不敌 x1（优先级 5 > 1）',
    },
    {
      name: 'lost at equal priority',
      config: { kind: 'fixed', amount: 800, stacking: 'exclusive' },
      outcome: outcomeWith([
        existing('s1', 500, 'stackable'),
        existing('s2', 500, 'stackable', 0, [{ lineId: 'L2', amount: 500 }]),
      ]),
      lines: [{ price: 10000 }, { price: 10000 }],
      zh: '不敌 s1、s2（优先级相同，¥10.00 ≥ ¥8.00）',
    },
    {
      name: 'best-of lost',
      config: { kind: 'fixed', amount: 700, stacking: 'best-of', priority: 9 },
      outcome: outcomeWith([existing('b1', 900, 'best-of')]),
      zh: '择优：b1 已优惠 ¥9.00（本优惠 ¥7.00）',
    },
  ];

  it.each(skips)('skips in zh: $name', ({ config, lines, order: extra, outcome, zh }) => {
    const skipped = makeOrder(lines ?? [{ price: 10000 }], extra);
    const result = runNode(discountNode, config, skipped, { outcome, locale: 'zh' });
    expect(result.patch).toBeUndefined();
    expect(result.note).toBe(zh);
    // The en run skips the same way, in English.
    const english = runNode(discountNode, config, skipped, { outcome, locale: 'en' });
    expect(english.patch).toBeUndefined();
    expect(english.note).not.toBe(zh);
  });

  it('shares the fixed skips per language, built once at prepare', () => {
    const prepared = discountNode.prepare(discountNode.config.parse({ percent: 10, coupon: 'LIVE20' }), testTools);
    expect(prepared.skips.zh.noCoupon.note).toBe('优惠券 LIVE20 不在订单上');
    expect(prepared.skips.en.noCoupon.note).toBe('coupon LIVE20 not on order');
    expect(Object.isFrozen(prepared.skips.zh.noCoupon)).toBe(true);
  });
});

describe('discount words', () => {
  /** Every phrase, called with arguments that hold no Latin letters: whatever English is left shows. */
  const all = (say: DiscountWords) => [
    say.alreadyApplied(),
    say.couponMissing('2026'),
    say.conditionUnmet(),
    say.noLineInScope('sku'),
    say.noLineInScope('category'),
    say.wrongCurrency('¥', '$'),
    say.thresholdNotReached('¥3', '¥2'),
    say.tooFewUnits(2, 1, 3, 2),
    say.nothingLeft(),
    say.belowMinimum('¥1', '¥2'),
    say.comesToZero('¥0'),
    say.lostOnPriority(['1', '2'], 5, 1),
    say.lostOnAmount(['1'], '¥2', '¥1'),
    say.bestOfLost(['1'], '¥2', '¥1'),
    say.applied('¥1', '¥2', []),
    say.applied('¥1', '¥2', ['1', '2']),
  ];
  it('zh phrases have no English words and full-width punctuation', () => {
    for (const text of all(DISCOUNT_WORDS.zh)) {
      expect(text).not.toMatch(/[A-Za-z]/);
      expect(text).not.toMatch(/[,;:()]/);
    }
  });
  it('covers every phrase', () => {
    expect(all(DISCOUNT_WORDS.en).length).toBeGreaterThanOrEqual(Object.keys(DISCOUNT_WORDS.en).length);
  });
});
