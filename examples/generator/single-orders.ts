import type { OrderInput } from '../../runtime/order/order.schema';

const cny = (amount: number) => ({ amount, currency: 'CNY' });
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** Hand-written orders for `orderflow run` and the full-result goldens: one story each. */
export const SINGLE_ORDERS: Readonly<Record<string, OrderInput>> = {
  'vip-big-order': {
    id: 'OF-VIP-0001', channel: 'tmall', channelOrderId: '4137702251869512345', status: 'paid',
    createdAt: '2026-11-11T00:03:12+08:00', currency: 'CNY',
    customer: { id: 'CN-C00042', tier: 'vip', tags: ['brand-ambassador'], region: 'East China', orderCount: 86, returnRate: 0.04, lifetimeSpend: cny(6_820_000) },
    lines: [
      { id: 'L1', sku: 'EL-TABLET-11', name: '平板电脑 11英寸 Tablet', category: 'electronics', quantity: 1, unitPrice: cny(329900), weightGrams: 700 },
      { id: 'L2', sku: 'BT-SERUM-30ML', name: '修护精华 30ml Repair serum', category: 'beauty', quantity: 2, unitPrice: cny(29900), weightGrams: 150 },
      { id: 'L3', sku: 'GR-TEA-LONGJING', name: '明前龙井 250g Longjing tea', category: 'grocery', quantity: 1, unitPrice: cny(15800), weightGrams: 300 },
    ],
    shippingAddress: { country: 'CN', province: 'Shanghai', city: 'Shanghai', district: 'Xuhui', postalCode: '200030', remote: false },
    coupons: ['DOUBLE11'],
    payment: { method: 'alipay', amount: cny(405500), paidAt: '2026-11-11T00:03:40+08:00' },
    attributes: {},
  },
  'remote-xinjiang': {
    id: 'OF-REMOTE-0001', channel: 'jd', channelOrderId: '304918276651', status: 'paid',
    createdAt: '2026-11-10T22:41:09+08:00', currency: 'CNY',
    customer: { id: 'CN-C00377', tier: 'silver', tags: [], region: 'Northwest', orderCount: 9, returnRate: 0.06 },
    lines: [
      { id: 'L1', sku: 'APL-DOWN-JACKET', name: '羽绒服 Down jacket', category: 'apparel', quantity: 1, unitPrice: cny(89900), weightGrams: 900 },
      { id: 'L2', sku: 'GR-RICE-5KG', name: '五常大米 5kg Wuchang rice', category: 'grocery', quantity: 2, unitPrice: cny(6900), weightGrams: 5100 },
    ],
    shippingAddress: { country: 'CN', province: 'Xinjiang', city: 'Kashgar', district: 'Kashgar City', postalCode: '844000', remote: true },
    coupons: [],
    payment: { method: 'jdpay', amount: cny(103700), paidAt: '2026-11-10T22:41:30+08:00' },
    attributes: {},
  },
  'trade-in-washer': {
    id: 'OF-TRADEIN-0001', channel: 'douyin', channelOrderId: '6936476692437472563', status: 'paid',
    createdAt: '2026-11-10T20:15:44+08:00', currency: 'CNY',
    customer: { id: 'CN-C00218', tier: 'gold', tags: ['live-stream-fan'], region: 'South China', orderCount: 22, returnRate: 0.05 },
    lines: [
      { id: 'L1', sku: 'AP-WASHER-10KG', name: '滚筒洗衣机 10kg Front-load washer', category: 'appliance', quantity: 1, unitPrice: cny(329900), weightGrams: 68000 },
      { id: 'L2', sku: 'AP-RICECOOKER-4L', name: 'IH 电饭煲 4L Rice cooker', category: 'appliance', quantity: 1, unitPrice: cny(39900), weightGrams: 4500 },
    ],
    shippingAddress: { country: 'CN', province: 'Guangdong', city: 'Guangzhou', district: 'Tianhe', postalCode: '510620', remote: false },
    coupons: ['TRADEIN', 'LIVE20'],
    payment: { method: 'douyin-pay', amount: cny(369800), paidAt: '2026-11-10T20:16:02+08:00' },
    attributes: { tradeInModel: 'Little Swan TG80 (2015)', tradeInAgeYears: 11, liveRoom: '官方旗舰直播间 Flagship live room' },
  },
  'return-high-risk': {
    id: 'OF-RETURN-0001', channel: 'xiaohongshu', channelOrderId: 'P7420011938475512', kind: 'return', status: 'return_requested',
    createdAt: '2026-11-02T14:22:10+08:00', updatedAt: '2026-11-09T09:05:00+08:00', currency: 'CNY',
    customer: { id: 'CN-C00509', tier: 'regular', tags: [], region: 'East China', orderCount: 14, returnRate: 0.43 },
    lines: [{ id: 'L1', sku: 'APL-DOWN-JACKET', name: '羽绒服 Down jacket', category: 'apparel', quantity: 1, unitPrice: cny(89900), weightGrams: 900 }],
    shippingAddress: { country: 'CN', province: 'Zhejiang', city: 'Hangzhou', district: 'Xihu', postalCode: '310012', remote: false },
    coupons: [],
    payment: { method: 'alipay', amount: cny(89900), paidAt: '2026-11-02T14:22:40+08:00' },
    attributes: { returnReason: '七天无理由 7-day no-reason' },
  },
  'us-shopify': {
    id: 'OF-US-0001', channel: 'shopify', channelOrderId: '5829301234567', status: 'paid',
    createdAt: '2026-11-10T18:30:00-08:00', currency: 'USD',
    customer: { id: 'US-C00117', tier: 'gold', tags: [], region: 'US-West', orderCount: 18, returnRate: 0.08, lifetimeSpend: usd(184_000) },
    lines: [
      { id: 'L1', sku: 'EL-EARBUDS-ANC', name: '降噪耳机 ANC earbuds', category: 'electronics', quantity: 1, unitPrice: usd(14900), weightGrams: 120 },
      { id: 'L2', sku: 'BT-SUNSCREEN-50', name: '防晒乳 SPF50 Sunscreen', category: 'beauty', quantity: 2, unitPrice: usd(2200), weightGrams: 120 },
    ],
    shippingAddress: { country: 'US', province: 'CA', city: 'Los Angeles', postalCode: '90012', remote: false },
    coupons: ['BFCM25'],
    payment: { method: 'card', amount: usd(19300), paidAt: '2026-11-10T18:30:21-08:00' },
    attributes: {},
  },
};
