import type { Clock } from '../clock';
import { callOutbound, OutboundError, type OutboundPolicy } from '../outbound/http-call';
import { PermanentFailure, type Delivery } from '../outbox/relay';
import type { OutboxRow, RunStore, WebhookRow } from '../store/types/index';
import { SIGNATURE_HEADER, signature } from './signature';

interface EventPayload {
  readonly id: string;
  readonly type: string;
}

/** What a `webhook` outbox row carries: which subscription, and the event exactly as it will be sent. */
interface WebhookPayload {
  readonly webhookId: string;
  readonly event: EventPayload;
}

/**
 * An `event` row becomes one `webhook` row per subscription to its type, committed with the event's done
 * mark: each receiver then has its own retries and dead letter, and a subscriber added later gets only
 * later events.
 */
export const fanOutEvents = (store: RunStore): Delivery => {
  // The relay fans out many events at once: they share the read of the subscriptions in flight instead of
  // one query each (a subscription committed while it runs counts from the next read, as if just after).
  let reading: Promise<WebhookRow[]> | undefined;
  const subscriptions = () => (reading ??= store.listWebhooks().finally(() => (reading = undefined)));
  return async (row) => {
    const event = JSON.parse(row.payloadJson) as EventPayload;
    const subscribed = (await subscriptions()).filter((hook) => hook.events.includes(event.type));
    if (subscribed.length === 0) return;
    return {
      outbox: subscribed.map((hook): OutboxRow => ({
        dedupeKey: `${row.dedupeKey}>${hook.id}`,
        runId: row.runId,
        kind: 'webhook',
        payloadJson: JSON.stringify({ webhookId: hook.id, event } satisfies WebhookPayload),
        createdAt: row.createdAt,
      })),
    };
  };
};

/**
 * POSTs the event to the subscriber, signed (`orderflow-signature: t=…,v1=…`) and keyed
 * (`idempotency-key`: the event id, the same on every retry). Any answer but 2xx is retried.
 */
export const deliverWebhooks =
  (store: RunStore, clock: Clock, policy: OutboundPolicy): Delivery =>
  async (row) => {
    const { webhookId, event } = JSON.parse(row.payloadJson) as WebhookPayload;
    const hook = (await store.listWebhooks()).find((h) => h.id === webhookId);
    if (!hook) return; // unsubscribed meanwhile: nothing to send
    const body = JSON.stringify(event);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'OrderFlow-Webhooks/1',
      'idempotency-key': event.id,
      'orderflow-event': event.type,
      [SIGNATURE_HEADER]: signature(hook.secret, Math.floor(clock.now() / 1000), body),
    };
    let answer;
    try {
      answer = await callOutbound({ method: 'POST', url: hook.url, headers, body }, policy);
    } catch (error) {
      if (error instanceof OutboundError && error.kind === 'blocked') throw new PermanentFailure(error.message);
      throw error;
    }
    if (answer.status < 200 || answer.status > 299)
      throw new Error(`${new URL(hook.url).host} answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  };
