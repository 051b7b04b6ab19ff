import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../index';
import { validateFlow } from '../../runtime/index';
import { testFlow } from '../../runtime/testing/builders';
import { existing, makeOrder, outcomeWith, portOf, runNode } from '../testing/node-harness';
import { giftNode, giftSummary } from './gift.node.ts';
import { giftConfigSchema } from './gift.schema';

/** ¥300 of goods with ¥50 already off: 原价满300 gives the gift, 实付满300 does not. */
const order = makeOrder([{ price: 30000 }]);
const discounted = { outcome: outcomeWith([existing('d0', 5000, 'stackable')]) };
const gift = { sku: 'BAG', threshold: 30000, requireStock: false, currency: 'CNY' };

const granted = (config: Record<string, unknown>) => {
  const result = runNode(giftNode, config, order, discounted);
  return 'patch' in result ? (result.patch?.gifts?.[0]?.quantity ?? 0) : 0;
};

describe('gift: spend basis', () => {
  it('after discounts (实付满, the default) counts what is left after earlier discounts', () => {
    expect(granted(gift)).toBe(0);
    expect(granted({ ...gift, basis: 'after-discounts' })).toBe(0);
  });
  it('before discounts (原价满) counts the subtotal as ordered', () => {
    expect(granted({ ...gift, basis: 'before-discounts' })).toBe(1);
    expect(portOf(runNode(giftNode, { ...gift, basis: 'before-discounts' }, order, discounted))).toBe('next');
  });
  it('the card says which', () => {
    const before = giftConfigSchema.parse({ ...gift, basis: 'before-discounts' });
    const after = giftConfigSchema.parse(gift);
    expect(giftSummary(before, 'en')).toContain('over ¥300 before discounts');
    expect(giftSummary(after, 'en')).toContain('over ¥300 after discounts');
    expect(giftSummary(before, 'zh')).toContain('原价满¥300');
    expect(giftSummary(after, 'zh')).toContain('实付满¥300');
  });
  it('a version 1 gift is migrated to after-discounts, the basis it always used', () => {
    const flow = testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'g', type: 'gift', config: { sku: 'BAG' } },
      ],
      ['start.start->g'],
    );
    const { flow: valid } = validateFlow(flow, coreRegistry);
    expect(valid?.nodes[1]).toMatchObject({ typeVersion: 2, config: { basis: 'after-discounts' } });
  });
});
