import type { RunResult, Order } from '../runtime/index';
import type { FulfilmentEvent } from './events';
import { routingScore } from './routing-score';

/** What the world model does not say and a simulation must assume; defaults are the common marketplace promise. */
export interface SimulationAssumptions {
  /** Hours after the order is placed by which the parcel must reach the carrier (e.g. 24 for 24小时发货). */
  readonly handoverHours: number;
  /** Hours after the order is placed (when a live flow decides it) until the carrier's first scan. */
  readonly scanAfterHours: number;
}

export const DEFAULT_ASSUMPTIONS: SimulationAssumptions = { handoverHours: 24, scanAfterHours: 4 };

const HOUR = 3_600_000;

/** `iso` plus `hours`, written with the offset of `iso` (so calendar days stay those of the place). */
function plusHours(iso: string, hours: number): string {
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1] ?? 'Z';
  const minutes =
    offset === 'Z'
      ? 0
      : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4)));
  const local = new Date(Date.parse(iso) + hours * HOUR + minutes * 60_000).toISOString().slice(0, 19);
  return `${local}${offset === 'Z' ? 'Z' : offset}`;
}

const offsetOf = (iso: string) => /(Z|[+-]\d{2}:\d{2})$/.exec(iso)?.[1] ?? 'Z';

/**
 * The events a run's plan promises, as if each order had been decided when placed (a batch shares one context
 * clock, but live each order is decided on arrival): the order (with its routing score), and per planned parcel a
 * scan `scanAfterHours` after placing and delivery on the day its promised transit ends.
 * Held, cancelled or unrouted orders get only their `order` event, so they count in review rate and SLA, not OTD.
 */
export function expectedEvents(
  result: RunResult,
  order: Order,
  assumptions: SimulationAssumptions = DEFAULT_ASSUMPTIONS,
): FulfilmentEvent[] {
  const outcome = result.outcome;
  if (outcome === null || outcome.decision === 'skip') return [];
  const plan = outcome.fulfilment;
  const shipments = outcome.decision === 'accept' ? (plan?.shipments ?? []) : [];
  // A stored (compacted) plan has no rivals left to score against: its host scored it when it decided.
  const score = plan && shipments.length > 0 && Array.isArray(plan.candidates) ? routingScore(plan) : null;
  const deliveryDay = (transitDays: number) => `${plusHours(order.createdAt, 24 * transitDays).slice(0, 10)}`;
  const zone = offsetOf(order.createdAt);
  const latestPromise = shipments
    .map((s) => deliveryDay(s.transitDays))
    .sort()
    .at(-1);
  const base = {
    orderId: order.id,
    channel: order.channel,
    province: order.shippingAddress.province || '(none)',
    remote: order.shippingAddress.remote,
  };
  const events: FulfilmentEvent[] = [
    {
      ...base,
      type: 'order',
      at: order.createdAt,
      units: order.lines.reduce((sum, line) => sum + line.quantity, 0),
      reviewed: outcome.holds.length > 0,
      ...(score ? { routingScore: score.score } : {}),
      promise: {
        handoverBy: plusHours(order.createdAt, assumptions.handoverHours),
        ...(latestPromise ? { deliverBy: `${latestPromise}T23:59:59${zone}` } : {}),
      },
    },
  ];
  shipments.forEach((shipment, i) => {
    const shipmentId = `${order.id}#${i + 1}`;
    const parcel = { ...base, shipmentId, warehouseId: shipment.warehouseId };
    const scan = plusHours(order.createdAt, assumptions.scanAfterHours);
    const units = shipment.lines.reduce((sum, line) => sum + line.quantity, 0);
    events.push(
      { ...parcel, type: 'shipped', at: order.createdAt },
      { ...parcel, type: 'carrier-scan', at: scan },
      { ...parcel, type: 'delivered', at: `${deliveryDay(shipment.transitDays)}T12:00:00${zone}`, units },
    );
  });
  return events;
}
