import type { OrderInput } from '../../runtime/index';
import { byCategory, type Product } from './catalog';
import { CHANNELS, type ChannelProfile } from './channels';
import { type PooledCustomer } from './customers';
import { CN_PLACES, US_PLACES, type Place, type UsPlace } from './places';
import type { Random } from './random';
import { formatWithOffset, usOffset } from './time';

type LineInput = OrderInput['lines'][number];

const BIG_APPLIANCES = new Set(['AP-WASHER-10KG', 'AP-FRIDGE-520L', 'AP-AIRCON-1.5P', 'AP-DISHWASHER-13']);
const OLD_UNITS = [
  'Haier XQG70 (2013)',
  'Midea BCD-452 (2012)',
  'Gree KFR-35 (2014)',
  'Little Swan TG80 (2015)',
  'Siemens SN23 (2016)',
];
const MAX_QTY = { appliance: 1, beauty: 3, apparel: 2, electronics: 2, grocery: 5, home: 2 } as const;

export interface OrderPools {
  readonly cn: readonly PooledCustomer[];
  readonly us: readonly PooledCustomer[];
}

function pickLines(rng: Random, profile: ChannelProfile, count: number): LineInput[] {
  const market = profile.market === 'cn' ? 'cny' : 'usd';
  const chosen: Product[] = [];
  for (let tries = 0; chosen.length < count && tries < 20; tries++) {
    const candidates = byCategory(rng.weighted(profile.categories), market);
    const product = candidates.length > 0 ? rng.pick(candidates) : undefined;
    if (product && !chosen.includes(product)) chosen.push(product);
  }
  const currency = market === 'cny' ? 'CNY' : 'USD';
  return chosen.map((product, i) => ({
    id: `L${i + 1}`,
    sku: product.sku,
    name: product.name,
    category: product.category,
    // Mostly single units; cheap everyday goods come in a few.
    quantity: rng.chance(0.75) ? 1 : rng.int(1, MAX_QTY[product.category]),
    unitPrice: { amount: product[market]!, currency },
    weightGrams: product.grams,
  }));
}

function couponsFor(rng: Random, profile: ChannelProfile, lines: readonly LineInput[], tier: string): string[] {
  const coupons: string[] = [];
  const tradeIn = profile.market === 'cn' && lines.some((line) => line.category === 'appliance');
  // 以旧换新: most big-appliance buyers bring an old unit; a few people paste the code on anything.
  if (
    tradeIn
      ? rng.chance(lines.some((l) => BIG_APPLIANCES.has(l.sku)) ? 0.45 : 0.2)
      : profile.market === 'cn' && rng.chance(0.02)
  )
    coupons.push('TRADEIN');
  for (const [code, chance] of profile.coupons) {
    if (code === 'TRADEIN' || (code === 'VIP2026' && tier !== 'vip' && tier !== 'gold')) continue;
    if (rng.chance(chance)) coupons.push(code);
  }
  return coupons;
}

/** One order of the example data set: channel, customer, place, lines, coupons and times. */
export function buildOrder(rng: Random, seq: number, nowMs: number, pools: OrderPools): OrderInput {
  const profile = rng.weighted(CHANNELS.map((c) => [c, c.weight] as const));
  const cn = profile.market === 'cn';
  const pooled = rng.pick(cn ? pools.cn : pools.us);
  const place: Place = rng.chance(0.85)
    ? pooled.home
    : rng.weighted((cn ? CN_PLACES : US_PLACES).map((p) => [p, p.weight] as const));
  const isReturn = rng.chance(0.07);
  const lines = pickLines(
    rng,
    profile,
    isReturn
      ? 1
      : rng.weighted([
          [1, 55],
          [2, 28],
          [3, 12],
          [4, 5],
        ]),
  );
  const currency = cn ? 'CNY' : 'USD';
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice.amount * line.quantity, 0);
  // 包邮 above a threshold in China; US stores charge under $35.
  const fee = cn ? (subtotal < 5900 ? 800 : 0) : subtotal < 3500 ? 599 : 0;

  // Sales cluster in the last days before 11.11; returns trail by up to a month.
  const minutesAgo = isReturn ? rng.int(3 * 1440, 30 * 1440) : Math.floor(rng.next() ** 2 * 6 * 1440) + 3;
  const createdMs = nowMs - minutesAgo * 60_000 - rng.int(0, 59) * 1000;
  const offset = cn ? 8 : usOffset(createdMs, (place as UsPlace).utcOffset);
  const status = isReturn
    ? 'return_requested'
    : rng.weighted([
        ['paid', 86],
        ['processing', 6],
        ['pending', 4],
        ['shipped', 3],
        ['cancelled', 1],
      ] as const);
  const coupons = isReturn ? [] : couponsFor(rng, profile, lines, pooled.customer.tier ?? 'regular');

  const attributes: Record<string, string | number | boolean> = {};
  if (coupons.includes('TRADEIN')) {
    attributes.tradeInModel = rng.pick(OLD_UNITS);
    attributes.tradeInAgeYears = rng.int(6, 14);
  }
  if (coupons.includes('LIVE20')) attributes.liveRoom = cn ? '官方旗舰直播间 Flagship live room' : 'Creator live';
  if (profile.channel === 'amazon') attributes.fulfillmentChannel = rng.chance(0.6) ? 'AFN' : 'MFN';
  if (isReturn)
    attributes.returnReason = rng.pick([
      'size does not fit',
      'changed mind',
      'damaged in transit',
      'not as described',
      '七天无理由 7-day no-reason',
    ]);

  const createdAt = formatWithOffset(createdMs, offset);
  return {
    id: `OF-${String(seq).padStart(6, '0')}`,
    channel: profile.channel,
    channelOrderId: profile.orderId(rng, seq),
    kind: isReturn ? 'return' : 'sale',
    status,
    createdAt,
    currency,
    customer: pooled.customer,
    lines,
    shippingAddress: {
      country: cn ? 'CN' : 'US',
      province: place.province,
      city: place.city,
      ...(place.district ? { district: place.district } : {}),
      postalCode: place.postalCode,
      remote: place.remote,
    },
    coupons,
    ...(status === 'pending'
      ? {}
      : {
          payment: {
            method: rng.pick(profile.payments),
            amount: { amount: subtotal + fee, currency },
            paidAt: formatWithOffset(createdMs + rng.int(20, 600) * 1000, offset),
          },
        }),
    ...(fee > 0 ? { shippingFee: { amount: fee, currency } } : {}),
    attributes,
  };
}
