import type { Carrier, Warehouse, Order } from '../../runtime/node/index';
import type { RouteWords } from './words';

/** What routing needs to know about one order, read once per run. */
export interface RouteDemand {
  readonly order: Order;
  readonly currency: string;
  readonly country: string;
  readonly province: string;
  readonly remote: boolean;
  readonly units: number;
  /** Distinct SKUs in first-seen order, and the units needed of each. */
  readonly skus: readonly string[];
  readonly needs: readonly number[];
}

export interface WarehouseCheck {
  readonly warehouse: Warehouse;
  /** Whether something other than stock keeps anything from shipping from here (`problem` says what). */
  readonly blocked: boolean;
  /** Whether it lacks stock to ship the whole order (`shortage` says what). */
  readonly short: boolean;
  /** Why nothing can ship from here, stock aside ('' = usable). */
  readonly problem: string;
  /** What it lacks to ship the whole order ('' = holds every line). */
  readonly shortage: string;
  /** Lines it could ship on their own (for splits). */
  readonly coverableLines: number;
  readonly tierMatch: boolean;
}

export interface CarrierCheck {
  readonly carrier: Carrier;
  /** Whether it cannot take this order from any warehouse (`problem` says why). */
  readonly blocked: boolean;
  /** Why it cannot take this order from any warehouse ('' = usable). */
  readonly problem: string;
}

/** One warehouse × carrier option while it is being weighed (mutable only inside a run). */
export interface Pair {
  readonly w: WarehouseCheck;
  readonly c: CarrierCheck;
  eligible: boolean;
  /** Ineligibility reasons; rewritten into the final candidate note. */
  note: string;
  /** Minor units for the whole order in one shipment; NaN when it cannot be priced. */
  cost: number;
  transitDays: number;
  score: number;
}

export function describeDemand(order: Order): RouteDemand {
  const index = new Map<string, number>();
  const skus: string[] = [];
  const needs: number[] = [];
  let units = 0;
  for (const line of order.lines) {
    units += line.quantity;
    const at = index.get(line.sku);
    if (at === undefined) {
      index.set(line.sku, skus.length);
      skus.push(line.sku);
      needs.push(line.quantity);
    } else {
      needs[at]! += line.quantity;
    }
  }
  const address = order.shippingAddress;
  return {
    order,
    currency: order.currency,
    country: address.country,
    province: address.province,
    remote: address.remote,
    units,
    skus,
    needs,
  };
}

/** Units of `sku` on hand; the SKU comes from the order, so only own keys count. */
export function onHand(warehouse: Warehouse, sku: string): number {
  return Object.hasOwn(warehouse.stock, sku) ? (warehouse.stock[sku] ?? 0) : 0;
}

const MAX_SHORT_LISTED = 3;

/** What every check of one order shares: kept once per order, not once per warehouse. */
class CheckScope {
  constructor(
    readonly demand: RouteDemand,
    readonly excluded: ReadonlySet<string>,
    readonly say: RouteWords,
  ) {}
}

/**
 * A warehouse checked for one order. What decides a single shipment (blocked, short, tier) is worked out
 * at once; what only splits and explanations read (lines it covers, the words saying why) when first read
 * and then kept: in a large world most warehouses are counted, never explained, and building their
 * sentences was a third of a route's time.
 */
class CheckedWarehouse implements WarehouseCheck {
  readonly blocked: boolean;
  readonly short: boolean;
  readonly tierMatch: boolean;
  private coverable = -1;
  private problemWords: string | undefined;
  private shortageWords: string | undefined;

  constructor(
    readonly warehouse: Warehouse,
    private readonly scope: CheckScope,
  ) {
    const { order, currency, country, skus, needs } = scope.demand;
    this.blocked =
      scope.excluded.has(warehouse.id) ||
      (warehouse.channels.length > 0 && !warehouse.channels.includes(order.channel)) ||
      warehouse.handlingCost.currency !== currency ||
      warehouse.country !== country;
    let short = false;
    for (let i = 0; i < skus.length && !short; i++) short = onHand(warehouse, skus[i]!) < needs[i]!;
    this.short = short;
    this.tierMatch = warehouse.priorityTiers.includes(order.customer.tier);
  }

  get coverableLines(): number {
    if (this.coverable >= 0) return this.coverable;
    const lines = this.scope.demand.order.lines;
    let coverable = 0;
    if (!this.short) coverable = lines.length;
    else for (const line of lines) if (onHand(this.warehouse, line.sku) >= line.quantity) coverable++;
    return (this.coverable = coverable);
  }

  get problem(): string {
    if (this.problemWords !== undefined) return this.problemWords;
    const { warehouse } = this;
    const { demand, excluded, say } = this.scope;
    const problems: string[] = [];
    if (this.blocked) {
      if (excluded.has(warehouse.id)) problems.push(say.excluded());
      if (warehouse.channels.length > 0 && !warehouse.channels.includes(demand.order.channel)) {
        problems.push(say.servesOnly(warehouse.channels, demand.order.channel));
      }
      if (warehouse.handlingCost.currency !== demand.currency)
        problems.push(say.handlingCurrency(warehouse.handlingCost.currency, demand.currency));
      if (warehouse.country !== demand.country) problems.push(say.crossBorder(warehouse.country, demand.country));
    }
    return (this.problemWords = say.reasons(problems));
  }

  get shortage(): string {
    if (this.shortageWords !== undefined) return this.shortageWords;
    const { warehouse } = this;
    const { demand, say } = this.scope;
    const short: string[] = [];
    let shortCount = 0;
    if (this.short)
      for (let i = 0; i < demand.skus.length; i++) {
        const sku = demand.skus[i]!;
        const need = demand.needs[i]!;
        const has = onHand(warehouse, sku);
        if (has >= need) continue;
        shortCount++;
        if (short.length < MAX_SHORT_LISTED) short.push(has === 0 ? say.noStock(sku) : say.shortOf(sku, need, has));
      }
    if (shortCount > short.length) short.push(say.moreShort(shortCount - short.length));
    return (this.shortageWords = say.list(short));
  }
}

export function checkWarehouse(
  warehouse: Warehouse,
  demand: RouteDemand,
  excluded: ReadonlySet<string>,
  say: RouteWords,
): WarehouseCheck {
  return new CheckedWarehouse(warehouse, new CheckScope(demand, excluded, say));
}

/** Every warehouse checked for one order (as checkWarehouse each). */
export function checkWarehouses(
  warehouses: readonly Warehouse[],
  demand: RouteDemand,
  excluded: ReadonlySet<string>,
  say: RouteWords,
): WarehouseCheck[] {
  const scope = new CheckScope(demand, excluded, say);
  const checks: WarehouseCheck[] = new Array(warehouses.length);
  for (let i = 0; i < warehouses.length; i++) checks[i] = new CheckedWarehouse(warehouses[i]!, scope);
  return checks;
}

/** A carrier checked for one order; as for warehouses, the words only when read. */
class CheckedCarrier implements CarrierCheck {
  readonly blocked: boolean;
  private problemWords: string | undefined;

  constructor(
    readonly carrier: Carrier,
    private readonly demand: RouteDemand,
    private readonly say: RouteWords,
  ) {
    this.blocked =
      foreignCurrency(carrier, demand.currency) !== '' ||
      !carrier.countries.includes(demand.country) ||
      (demand.province !== '' && carrier.excludedProvinces.includes(demand.province)) ||
      (demand.remote && !carrier.servesRemote);
  }

  get problem(): string {
    if (this.problemWords !== undefined) return this.problemWords;
    const { carrier, demand, say } = this;
    const problems: string[] = [];
    if (this.blocked) {
      const currency = demand.currency;
      const foreign = foreignCurrency(carrier, currency);
      if (foreign !== '') problems.push(say.carrierCurrency(carrier.id, foreign, currency));
      if (!carrier.countries.includes(demand.country)) problems.push(say.doesNotServe(carrier.id, demand.country));
      else if (demand.province !== '' && carrier.excludedProvinces.includes(demand.province))
        problems.push(say.doesNotServe(carrier.id, demand.province));
      if (demand.remote && !carrier.servesRemote) problems.push(say.noRemote(carrier.id));
    }
    return (this.problemWords = say.reasons(problems));
  }
}

/** The first of the carrier's prices not in the order's currency ('' = none). */
function foreignCurrency(carrier: Carrier, currency: string): string {
  return carrier.baseCost.currency !== currency
    ? carrier.baseCost.currency
    : carrier.perItemCost.currency !== currency
      ? carrier.perItemCost.currency
      : carrier.remoteSurcharge.currency !== currency
        ? carrier.remoteSurcharge.currency
        : '';
}

export function checkCarrier(carrier: Carrier, demand: RouteDemand, say: RouteWords): CarrierCheck {
  return new CheckedCarrier(carrier, demand, say);
}

/** Cost in minor units of one shipment of `units` items. Currencies must already match. */
export function shipmentCost(warehouse: Warehouse, carrier: Carrier, units: number, remote: boolean): number {
  return (
    warehouse.handlingCost.amount +
    carrier.baseCost.amount +
    carrier.perItemCost.amount * Math.max(0, units - 1) +
    (remote ? carrier.remoteSurcharge.amount : 0)
  );
}

export function transitDaysOf(warehouse: Warehouse, carrier: Carrier, demand: RouteDemand): number {
  const sameProvince = demand.province !== '' && warehouse.province === demand.province;
  return (
    (sameProvince ? carrier.sameProvinceDays : carrier.domesticDays) + (demand.remote ? carrier.remoteExtraDays : 0)
  );
}

/**
 * Every warehouse × carrier pair, with eligibility and (when it can be priced) cost and transit.
 * In split mode a stock shortage does not disqualify a warehouse that can ship at least one line
 * (with `divideLines`, at least one unit).
 */
export function buildPairs(
  warehouses: readonly WarehouseCheck[],
  carriers: readonly CarrierCheck[],
  demand: RouteDemand,
  say: RouteWords,
  splitMode: boolean,
  divideLines = false,
): Pair[] {
  const pairs: Pair[] = [];
  for (const w of warehouses) {
    const stockProblem = !splitMode
      ? w.shortage
      : divideLines
        ? holdsAny(w, demand)
          ? ''
          : say.noItemInStock(w.shortage)
        : w.coverableLines === 0
          ? say.noLineInFull(w.shortage)
          : '';
    const stockNote = stockProblem === '' && w.short ? say.partialStock(w.shortage) : stockProblem;
    for (const c of carriers) pairs.push(makePair(w, c, stockProblem, stockNote, demand, say));
  }
  return pairs;
}

/** One pair as buildPairs weighs it (score 0 until ranked). */
export function makePair(
  w: WarehouseCheck,
  c: CarrierCheck,
  stockProblem: string,
  stockNote: string,
  demand: RouteDemand,
  say: RouteWords,
): Pair {
  const priced = !w.blocked && !c.blocked;
  return {
    w,
    c,
    eligible: priced && stockProblem === '',
    note: joinNotes(w.blocked ? w.problem : '', c.blocked ? c.problem : '', stockNote, say),
    cost: priced ? shipmentCost(w.warehouse, c.carrier, demand.units, demand.remote) : Number.NaN,
    transitDays: priced ? transitDaysOf(w.warehouse, c.carrier, demand) : Number.NaN,
    score: 0,
  };
}

/** Whether `w` has any unit the order needs (splits that divide lines can use it). */
function holdsAny(w: WarehouseCheck, demand: RouteDemand): boolean {
  if (w.coverableLines > 0) return true;
  for (const sku of demand.skus) if (onHand(w.warehouse, sku) > 0) return true;
  return false;
}

function joinNotes(a: string, b: string, c: string, say: RouteWords): string {
  let note = a;
  if (b !== '') note = note === '' ? b : say.andAlso(note, b);
  if (c !== '') note = note === '' ? c : say.andAlso(note, c);
  return note;
}
