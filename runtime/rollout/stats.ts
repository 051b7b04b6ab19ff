import type { Observation } from './observation';

/** Sums of one money measure in one currency: enough for a mean and its variance. */
export interface MoneySums {
  n: number;
  sum: number;
  sumSq: number;
}

/** What one arm did, as sums (so the server can keep them in SQL and the tests fold observations). */
export interface ArmTotals {
  orders: number;
  errors: number;
  reviews: number;
  remote: number;
  remoteServed: number;
  /** Currency → discount per order (every order in that currency counts, discounted or not). */
  discount: Record<string, MoneySums>;
  /** Currency → shipping cost per routed order. */
  cost: Record<string, MoneySums>;
}

export function emptyTotals(): ArmTotals {
  return { orders: 0, errors: 0, reviews: 0, remote: 0, remoteServed: 0, discount: {}, cost: {} };
}

function addMoney(into: Record<string, MoneySums>, currency: string, sums: MoneySums): void {
  const target = (into[currency] ??= { n: 0, sum: 0, sumSq: 0 });
  target.n += sums.n;
  target.sum += sums.sum;
  target.sumSq += sums.sumSq;
}

/** Folds one observation into an arm's totals (mutates them). */
export function addObservation(totals: ArmTotals, o: Observation): void {
  totals.orders++;
  if (o.error) totals.errors++;
  if (o.review) totals.reviews++;
  if (o.remote) totals.remote++;
  if (o.remoteServed) totals.remoteServed++;
  if (o.currency !== null) addMoney(totals.discount, o.currency, { n: 1, sum: o.discount, sumSq: o.discount ** 2 });
  if (o.routed && o.costCurrency !== null)
    addMoney(totals.cost, o.costCurrency, { n: 1, sum: o.cost, sumSq: o.cost ** 2 });
}

/** Adds `part` into `into` (mutates it). */
export function mergeTotals(into: ArmTotals, part: ArmTotals): void {
  into.orders += part.orders;
  into.errors += part.errors;
  into.reviews += part.reviews;
  into.remote += part.remote;
  into.remoteServed += part.remoteServed;
  for (const [currency, sums] of Object.entries(part.discount)) addMoney(into.discount, currency, sums);
  for (const [currency, sums] of Object.entries(part.cost)) addMoney(into.cost, currency, sums);
}
