import type { CompiledMapping, FulfilmentEventType } from './compiled';
import type { EvalEnv } from './evaluate-field';
import { newReport, readValue, warn, type Report } from './report';
import type { Located, Scope } from './scope';
import { resolve } from './scope';
import { holds } from './when';

/** A fulfilment event read from a channel payload (health/events.ts checks it where it is stored). */
export interface ChannelEvent {
  readonly type: FulfilmentEventType;
  readonly orderId: string;
  readonly at: string;
  readonly channel: string;
  readonly shipmentId?: string;
  readonly promise?: { readonly handoverBy?: string; readonly deliverBy?: string };
}

function rowsOf(paths: readonly Parameters<typeof resolve>[0][], scope: Scope): Located[] {
  for (const path of paths) {
    const rows: Located[] = [];
    for (const hit of resolve(path, scope)) {
      if (Array.isArray(hit.value))
        hit.value.forEach((value, i) => rows.push({ value, doc: hit.doc, path: [...hit.path, i] }));
      else if (hit.value !== null && hit.value !== undefined) rows.push(hit);
    }
    if (rows.length > 0) return rows;
  }
  return [];
}

/**
 * The events the mapping's `fulfilment` rules find for one order. A value that cannot be read leaves its event
 * out with a warning: fulfilment data never refuses the order it came with.
 */
export function buildEvents(
  mapping: CompiledMapping,
  scope: Scope,
  report: Report,
  order: { readonly id: string; readonly channel: string },
): ChannelEvent[] {
  const spec = mapping.fulfilment;
  if (!spec) return [];
  const env: EvalEnv = mapping.zone ? { zone: mapping.zone } : {};
  const scratch = newReport(mapping.channel, report.fastReads);
  const handoverBy = readValue(scratch, spec.promise.handoverBy, scope, env, 'promise.handoverBy') as
    string | undefined;
  const deliverBy = readValue(scratch, spec.promise.deliverBy, scope, env, 'promise.deliverBy') as string | undefined;
  const promise =
    handoverBy || deliverBy
      ? { ...(handoverBy ? { handoverBy } : {}), ...(deliverBy ? { deliverBy } : {}) }
      : undefined;
  const events: ChannelEvent[] = [];
  for (const rule of spec.events) {
    const rows = rule.rows.length === 0 ? [scope.record] : rowsOf(rule.rows, scope);
    for (const row of rows) {
      const rowScope: Scope = { ...scope, record: row };
      if (!holds(rule.when, rowScope)) continue;
      const at = readValue(scratch, rule.at, rowScope, env, `fulfilment.${rule.type}.at`) as string | undefined;
      if (at === undefined) continue;
      const shipmentId = readValue(scratch, rule.shipmentId, rowScope, env, `fulfilment.${rule.type}.shipmentId`) as
        string | undefined;
      events.push({
        type: rule.type,
        orderId: order.id,
        at,
        channel: order.channel,
        ...(shipmentId ? { shipmentId } : {}),
        ...(promise ? { promise } : {}),
      });
    }
  }
  for (const p of scratch.problems) warn(report, p.path, `${p.message} (the fulfilment event was left out)`, p.field);
  return events;
}
