import { describe, expect, it } from 'vitest';
import { discountNode } from './discount.node.ts';

const vip = { '==': [{ var: 'customer.tier' }, 'vip'] };

describe('discount summary', () => {
  it.each([
    [
      { percent: 10, when: vip, cap: 20000, currency: 'CNY' },
      '10% off when tier = vip, cap ¥200',
      'tier = vip 时9折，上限¥200',
    ],
    [{ percent: 12.5 }, '12.5% off', '8.75折'],
    [{ percent: 100 }, 'Free', '免单'],
    [{ kind: 'tiered', tiers: [{ threshold: 30000, off: 3000 }], currency: 'CNY' }, '¥30 off over ¥300', '满¥300减¥30'],
    [
      {
        kind: 'tiered',
        tiers: [
          { threshold: 50000, off: 6000 },
          { threshold: 30000, off: 3000 },
        ],
      },
      '30 off over 300; 60 off over 500',
      '满300减30，满500减60',
    ],
    [
      { kind: 'tiered', repeat: true, tiers: [{ threshold: 30000, off: 3000 }], currency: 'CNY' },
      '¥30 off every ¥300',
      '每满¥300减¥30',
    ],
    [
      { kind: 'fixed', amount: 1050, currency: 'USD', coupon: 'SAVE10' },
      '$10.50 off with coupon SAVE10',
      '用券SAVE10立减$10.50',
    ],
    [{ kind: 'fixed', amount: 500, currency: 'JPY' }, '¥500 off', '立减¥500'],
    [
      { kind: 'buy-x-get-y', scope: 'category', categories: ['shoes', 'bags'] },
      'Buy 2 get 1 free on shoes, bags',
      'shoes、bags类目买2送1',
    ],
    [
      { percent: 5, scope: 'sku', skus: ['A', 'B', 'C', 'D'], stacking: 'exclusive', priority: 3 },
      '5% off on A, B, C +1 more, exclusive, priority 3',
      '指定商品A、B、C等4个9.5折，不可叠加，优先级3',
    ],
    [
      { percent: 20, minSubtotal: 10000, stacking: 'best-of', currency: 'CNY' },
      '20% off, min ¥100, best of',
      '8折，满¥100可用，择优',
    ],
  ])('%j', (raw, en, zh) => {
    const config = discountNode.config.parse(raw);
    expect(discountNode.summary(config, 'en')).toBe(en);
    expect(discountNode.summary(config, 'zh')).toBe(zh);
  });
});
