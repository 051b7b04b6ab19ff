import type { FulfilmentEvent } from './events';

/** A flat row a KPI reads: timestamps stay ISO strings (with offsets) so calendar days are those of the event. */
export type HealthRecord = Readonly<Record<string, string | number | boolean | null>>;

export interface HealthRecords {
  readonly order: HealthRecord[];
  readonly shipment: HealthRecord[];
  readonly exception: HealthRecord[];
}

interface ShipmentState {
  id: string;
  warehouseId: string | null;
  shippedAt: string | null;
  firstScanAt: string | null;
  deliveredAt: string | null;
  deliveredUnits: number | null;
  attempts: number;
}

interface OrderState {
  orderId: string;
  placedAt: string | null;
  channel: string | null;
  province: string | null;
  remote: boolean;
  orderedUnits: number | null;
  reviewed: boolean;
  routingScore: number | null;
  handoverBy: string | null;
  deliverBy: string | null;
  returnedAt: string | null;
  shipments: Map<string, ShipmentState>;
  exceptions: { id: string | null; openedAt: string; resolvedAt: string | null }[];
}

const ms = (iso: string) => Date.parse(iso);
const LIFE_CYCLE: Readonly<Record<FulfilmentEvent['type'], number>> = {
  order: 0,
  shipped: 1,
  'carrier-scan': 2,
  'delivery-attempt': 3,
  delivered: 4,
  exception: 5,
  'exception-resolved': 6,
  returned: 7,
};
const earliest = (a: string | null, b: string) => (a === null || ms(b) < ms(a) ? b : a);
const latest = (a: string | null, b: string) => (a === null || ms(b) > ms(a) ? b : a);

function newOrder(orderId: string): OrderState {
  return {
    orderId,
    placedAt: null,
    channel: null,
    province: null,
    remote: false,
    orderedUnits: null,
    reviewed: false,
    routingScore: null,
    handoverBy: null,
    deliverBy: null,
    returnedAt: null,
    shipments: new Map(),
    exceptions: [],
  };
}

function shipmentOf(order: OrderState, id: string): ShipmentState {
  let shipment = order.shipments.get(id);
  if (!shipment) {
    shipment = {
      id,
      warehouseId: null,
      shippedAt: null,
      firstScanAt: null,
      deliveredAt: null,
      deliveredUnits: null,
      attempts: 0,
    };
    order.shipments.set(id, shipment);
  }
  return shipment;
}

function apply(order: OrderState, event: FulfilmentEvent): void {
  if (event.promise?.handoverBy) order.handoverBy = event.promise.handoverBy;
  if (event.promise?.deliverBy) order.deliverBy = event.promise.deliverBy;
  order.channel = event.channel ?? order.channel;
  order.province = event.province ?? order.province;
  if (event.remote !== undefined) order.remote = event.remote;
  if (event.type === 'order') {
    order.placedAt = event.at;
    order.orderedUnits = event.units ?? order.orderedUnits;
    order.reviewed = event.reviewed ?? order.reviewed;
    order.routingScore = event.routingScore ?? order.routingScore;
    return;
  }
  if (event.type === 'exception') {
    order.exceptions.push({ id: event.exceptionId ?? null, openedAt: event.at, resolvedAt: null });
    return;
  }
  if (event.type === 'exception-resolved') {
    // The matching open exception, or else the oldest one still open.
    const open = order.exceptions.filter((e) => e.resolvedAt === null);
    const match = open.find((e) => event.exceptionId !== undefined && e.id === event.exceptionId) ?? open[0];
    if (match) match.resolvedAt = event.at;
    return;
  }
  if (event.type === 'returned') {
    order.returnedAt = earliest(order.returnedAt, event.at);
    return;
  }
  // Events without a shipment id belong to the order's one (implicit) shipment.
  const shipment = shipmentOf(order, event.shipmentId ?? `${order.orderId}#1`);
  shipment.warehouseId = event.warehouseId ?? shipment.warehouseId;
  if (event.type === 'shipped') shipment.shippedAt = earliest(shipment.shippedAt, event.at);
  // A carrier's first scan; a delivery proves one happened, so it counts when no scan came first.
  if (event.type === 'carrier-scan' || event.type === 'delivered')
    shipment.firstScanAt = earliest(shipment.firstScanAt, event.at);
  if (event.type === 'delivery-attempt') shipment.attempts += 1;
  if (event.type === 'delivered') {
    shipment.deliveredAt = latest(shipment.deliveredAt, event.at);
    if (event.units !== undefined) shipment.deliveredUnits = (shipment.deliveredUnits ?? 0) + event.units;
  }
}

const day = (iso: string | null) => (iso === null ? null : iso.slice(0, 10));
const hoursBetween = (from: string, to: string) => (ms(to) - ms(from)) / 3_600_000;

function orderRecord(order: OrderState, now: string): HealthRecord {
  const shipments = [...order.shipments.values()];
  const scans = shipments.flatMap((s) => (s.firstScanAt ? [s.firstScanAt] : []));
  const firstScanAt = scans.reduce<string | null>(earliest, null);
  const allDelivered = shipments.length > 0 && shipments.every((s) => s.deliveredAt !== null);
  const deliveredAt = allDelivered ? shipments.map((s) => s.deliveredAt!).reduce<string | null>(latest, null) : null;
  // Without unit counts on deliveries, a delivered shipment is taken as delivered whole.
  const unitsKnown = shipments.some((s) => s.deliveredUnits !== null);
  const deliveredUnits = unitsKnown ? shipments.reduce((sum, s) => sum + (s.deliveredUnits ?? 0), 0) : null;
  const inFull =
    allDelivered && (order.orderedUnits === null || deliveredUnits === null || deliveredUnits >= order.orderedUnits);
  const warehouses = new Set(shipments.flatMap((s) => (s.warehouseId ? [s.warehouseId] : [])));
  // Handover missed: scanned after the deadline, or not scanned and the deadline has passed on the injected clock.
  const handoverBreached =
    order.handoverBy !== null &&
    (firstScanAt !== null ? ms(firstScanAt) > ms(order.handoverBy) : ms(now) > ms(order.handoverBy));
  const deliveryBreached =
    order.deliverBy !== null &&
    (deliveredAt !== null ? day(deliveredAt)! > day(order.deliverBy)! : day(now)! > day(order.deliverBy)!);
  return {
    orderId: order.orderId,
    placedAt: order.placedAt,
    channel: order.channel,
    province: order.province,
    remote: order.remote,
    reviewed: order.reviewed,
    routingScore: order.routingScore,
    handoverBy: order.handoverBy,
    deliverBy: order.deliverBy,
    deliverByDay: day(order.deliverBy),
    firstScanAt,
    deliveredAt,
    deliveredDay: day(deliveredAt),
    inFull,
    shipmentCount: shipments.length,
    warehouseCount: warehouses.size,
    returned: order.returnedAt !== null,
    slaBreached: handoverBreached || deliveryBreached,
    hasPromise: order.handoverBy !== null || order.deliverBy !== null,
    // Due: the outcome is known — it happened, or its deadline has passed on the injected clock.
    handoverDue: order.handoverBy !== null && (firstScanAt !== null || ms(now) > ms(order.handoverBy)),
    deliveryDue: order.deliverBy !== null && (deliveredAt !== null || day(now)! > day(order.deliverBy)!),
  };
}

/** Folds events (any order) into one record per order, shipment and exception, as of `now` (the injected clock). */
export function buildRecords(events: readonly FulfilmentEvent[], now: string): HealthRecords {
  const orders = new Map<string, OrderState>();
  // Same-instant events apply in life-cycle order, so the result never depends on the order they arrived in.
  const sorted = [...events].sort((a, b) => ms(a.at) - ms(b.at) || LIFE_CYCLE[a.type] - LIFE_CYCLE[b.type]);
  for (const event of sorted) {
    if (ms(event.at) > ms(now)) continue; // not happened yet on this clock
    let order = orders.get(event.orderId);
    if (!order) orders.set(event.orderId, (order = newOrder(event.orderId)));
    apply(order, event);
  }
  const all = [...orders.values()];
  return {
    order: all.map((o) => orderRecord(o, now)),
    shipment: all.flatMap((o) =>
      [...o.shipments.values()].map((s) => ({
        orderId: o.orderId,
        shipmentId: s.id,
        warehouseId: s.warehouseId,
        channel: o.channel,
        province: o.province,
        placedAt: o.placedAt,
        shippedAt: s.shippedAt,
        firstScanAt: s.firstScanAt,
        deliveredAt: s.deliveredAt,
        deliveredDay: day(s.deliveredAt),
        deliverBy: o.deliverBy,
        deliverByDay: day(o.deliverBy),
      })),
    ),
    exception: all.flatMap((o) =>
      o.exceptions.map((e) => ({
        orderId: o.orderId,
        channel: o.channel,
        province: o.province,
        openedAt: e.openedAt,
        resolvedAt: e.resolvedAt,
        recoveryHours: e.resolvedAt === null ? null : hoursBetween(e.openedAt, e.resolvedAt),
      })),
    ),
  };
}
