/**
 * A webhook receiver as a customer would write one: verify the signature over the raw body, refuse
 * stale timestamps, and dedupe on the Idempotency-Key (deliveries are at least once).
 */
import { SIGNATURE_HEADER, verifySignature } from '../webhooks/signature';
import { startMockServer, type MockAnswer, type MockServer, type ReceivedRequest } from './mock-receiver';

export interface WebhookReceiver {
  readonly server: MockServer;
  readonly url: string;
  /** Events accepted, once each, in arrival order. */
  readonly events: ReceivedRequest['json'][];
  /** Deliveries of an event already accepted (answered 200, ignored). */
  duplicates: number;
  /** Deliveries whose signature did not verify (answered 400). */
  badSignatures: number;
  secret: string;
  /** Answers the next deliveries with this (e.g. 500) before accepting again. */
  failNext(times: number, answer?: MockAnswer): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(nowSeconds: () => number): Promise<WebhookReceiver> {
  const seen = new Set<string>();
  let failures = 0;
  let failure: MockAnswer = { status: 500, body: { error: 'down for maintenance' } };
  const receiver: WebhookReceiver = {
    server: undefined as unknown as MockServer,
    url: '',
    events: [],
    duplicates: 0,
    badSignatures: 0,
    secret: '',
    failNext(times, answer = failure) {
      failures = times;
      failure = answer;
    },
    close: () => receiver.server.close(),
  };
  const server = await startMockServer((request) => {
    const header = request.headers[SIGNATURE_HEADER];
    const check = verifySignature(
      receiver.secret,
      typeof header === 'string' ? header : undefined,
      request.body,
      nowSeconds(),
    );
    if (!check.ok) {
      receiver.badSignatures++;
      return { status: 400, body: { error: check.reason } };
    }
    if (failures > 0) {
      failures--;
      return failure;
    }
    const key = String(request.headers['idempotency-key']);
    if (seen.has(key)) receiver.duplicates++;
    else {
      seen.add(key);
      receiver.events.push(request.json);
    }
    return { status: 200, body: { received: true } };
  });
  return Object.assign(receiver, { server, url: `${server.url}/hooks/orderflow` });
}
