import { z } from 'zod';

/** ISO 8601 with an offset, so a timestamp's calendar day is the day where it happened. */
const instant = z.iso.datetime({ offset: true, local: false });

export const EVENT_TYPES = [
  'order',
  'shipped',
  'carrier-scan',
  'delivered',
  'delivery-attempt',
  'exception',
  'exception-resolved',
  'returned',
] as const;

/** The channel's promise for an order: hand the parcel to the carrier by, deliver by. */
export const promiseSchema = z.strictObject({ handoverBy: instant.optional(), deliverBy: instant.optional() });

/**
 * One fulfilment event. `order` (our addition to the issue's list) carries what the order was at decision time:
 * channel, province, units, whether it was held for review, and the routing score the server derived.
 */
export const fulfilmentEventSchema = z.strictObject({
  type: z.enum(EVENT_TYPES),
  orderId: z.string().min(1),
  at: instant,
  shipmentId: z.string().min(1).optional(),
  warehouseId: z.string().min(1).optional(),
  promise: promiseSchema.optional(),
  channel: z.string().min(1).optional(),
  province: z.string().min(1).optional(),
  remote: z.boolean().optional(),
  units: z.number().int().nonnegative().optional(),
  reviewed: z.boolean().optional(),
  routingScore: z.number().min(0).max(100).optional(),
  /** Ties an exception to its resolution when an order has several open at once. */
  exceptionId: z.string().min(1).optional(),
});

export type FulfilmentEvent = z.infer<typeof fulfilmentEventSchema>;

/** Checks one event; a problem names where (`line N`) and the field, and the event is refused, never guessed. */
export function parseEvent(value: unknown, where: string): FulfilmentEvent {
  const result = fulfilmentEventSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.length ? `$.${issue.path.join('.')}` : '$';
  throw new Error(`${where}: ${path}: ${issue.message}`);
}

/** Parses JSON Lines, reporting every bad line (with its number) instead of stopping at the first. */
export function parseEventLines(text: string, source: string): { events: FulfilmentEvent[]; problems: string[] } {
  const events: FulfilmentEvent[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${source}: line ${i + 1}`;
    try {
      events.push(parseEvent(JSON.parse(line), where));
    } catch (error) {
      problems.push(error instanceof SyntaxError ? `${where}: not JSON (${error.message})` : (error as Error).message);
    }
  });
  return { events, problems };
}
