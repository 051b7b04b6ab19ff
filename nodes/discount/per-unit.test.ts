import { describe, expect, it } from 'vitest';
import { coreRegistry } from '../index';
import { validateFlow } from '../../runtime/index';
import { testFlow } from '../../runtime/testing/builders';
import { discountNode } from './discount.node.ts';
import { discountSummary } from './discount-summary';
import { discountConfigSchema } from './discount.schema';
import { makeOrder, runNode } from '../testing/node-harness';

/** A trade-in: ¥300 off every appliance unit, capped at ¥900, as one node. */
const tradeIn = {
  currency: 'CNY',
  kind: 'fixed',
  perUnit: true,
  amount: 30000,
  cap: 90000,
  scope: 'category',
  categories: ['appliance'],
};
const appliance = { category: 'appliance' } as const;

const allocationsOf = (lines: Parameters<typeof makeOrder>[0]) => {
  const result = runNode(discountNode, tradeIn, makeOrder(lines));
  return 'patch' in result ? result.patch?.adjustments?.[0]?.allocations : undefined;
};

describe('discount: fixed amount per unit', () => {
  it('takes the amount off every unit in scope', () => {
    expect(
      allocationsOf([
        { ...appliance, price: 200000, qty: 2 },
        { price: 5000, category: 'beauty' },
      ]),
    ).toEqual([{ lineId: 'L1', amount: 60000 }]);
  });
  it('stops at the cap, split over the lines by their units', () => {
    expect(
      allocationsOf([
        { ...appliance, price: 200000, qty: 3 },
        { ...appliance, price: 100000, qty: 1 },
      ]),
    ).toEqual([
      { lineId: 'L1', amount: 67500 },
      { lineId: 'L2', amount: 22500 },
    ]);
  });
  it('never takes a line below zero: a cheap unit gives only its price, the rest goes to lines with room', () => {
    expect(
      allocationsOf([
        { ...appliance, price: 10000, qty: 1 },
        { ...appliance, price: 200000, qty: 1 },
      ]),
    ).toEqual([
      { lineId: 'L1', amount: 10000 },
      { lineId: 'L2', amount: 50000 },
    ]);
  });
  it('once per order when perUnit is off, as before', () => {
    const result = runNode(
      discountNode,
      { ...tradeIn, perUnit: false },
      makeOrder([{ ...appliance, price: 200000, qty: 2 }]),
    );
    expect('patch' in result ? result.patch?.adjustments?.[0]?.amount.amount : undefined).toBe(30000);
  });
  it('says so on the card, in both languages', () => {
    const config = discountConfigSchema.parse(tradeIn);
    expect(discountSummary(config, 'en')).toBe('¥300 off per unit on appliance, cap ¥900');
    expect(discountSummary(config, 'zh')).toBe('appliance类目每件立减¥300，上限¥900');
  });
  it('a version 1 node is migrated: perUnit false, the meaning it always had', () => {
    const flow = testFlow(
      [
        { id: 'start', type: 'trigger' },
        { id: 'd', type: 'discount', config: { kind: 'fixed', amount: 100 } },
      ],
      ['start.start->d'],
    );
    const { flow: valid } = validateFlow(flow, coreRegistry);
    expect(valid?.nodes[1]).toMatchObject({ typeVersion: 2, config: { perUnit: false, amount: 100 } });
  });
});
