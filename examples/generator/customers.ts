import type { OrderInput } from '../../runtime/index';
import { CN_PLACES, US_PLACES, type Place } from './places';
import type { Random } from './random';

export type Market = 'cn' | 'us';
export type CustomerInput = OrderInput['customer'];

export interface PooledCustomer {
  readonly customer: CustomerInput;
  /** Where this customer usually ships to. */
  readonly home: Place;
}

const TIERS = [
  ['regular', 55],
  ['silver', 24],
  ['gold', 14],
  ['vip', 7],
] as const;
const ORDER_COUNTS = { regular: [0, 6], silver: [5, 20], gold: [15, 45], vip: [30, 160] } as const;
/** Typical lifetime spend per past order, in major units. */
const SPEND_PER_ORDER = { cn: 420, us: 85 } as const;

const placeWeights = (places: readonly Place[]) => places.map((place) => [place, place.weight] as const);

/** A stable pool of customers per market, so repeat buyers (and their histories) show up. */
export function customerPool(rng: Random, market: Market, size: number): PooledCustomer[] {
  const places = placeWeights(market === 'cn' ? CN_PLACES : US_PLACES);
  const currency = market === 'cn' ? 'CNY' : 'USD';
  const pool: PooledCustomer[] = [];
  for (let i = 1; i <= size; i++) {
    const tier = rng.weighted(TIERS);
    const [low, high] = ORDER_COUNTS[tier];
    const orderCount = rng.int(low, high);
    const home = rng.weighted(places);
    // Most people return little; a tail returns a lot (the returns flow looks for them).
    const returnRate = rng.chance(0.08) ? rng.int(30, 65) / 100 : rng.int(0, 18) / 100;
    const tags: string[] = [];
    if (orderCount === 0) tags.push('new-customer');
    if (market === 'cn' && rng.chance(0.15)) tags.push('live-stream-fan');
    if (tier === 'vip' && rng.chance(0.3)) tags.push('brand-ambassador');
    const spend = orderCount * SPEND_PER_ORDER[market] * (0.6 + rng.next()) * 100;
    pool.push({
      home,
      customer: {
        id: `${market.toUpperCase()}-C${String(i).padStart(5, '0')}`,
        tier,
        tags,
        region: home.region,
        orderCount,
        returnRate,
        lifetimeSpend: { amount: Math.round(spend), currency },
      },
    });
  }
  return pool;
}
