import { encodeAnswer, type CallAnswer, type CallRequest } from '../../nodes/call-api/call-api.node.ts';
import { callOutbound, OutboundError, type OutboundPolicy } from '../outbound/http-call';
import { PermanentFailure, type Delivery } from '../outbox/relay';
import { stepRun } from '../services/decisions';
import type { ServiceDeps } from '../services/deps';

/** What an `api-call` outbox row carries (see callRows). */
interface CallPayload {
  readonly runId: string;
  readonly runVersion: number;
  readonly nodeId: string;
  readonly request: CallRequest;
}

/** Where `{"secret": "WMS_TOKEN"}` is looked up: by default the env var ORDERFLOW_SECRET_WMS_TOKEN. */
export type SecretSource = (name: string) => string | undefined;
export const envSecrets: SecretSource = (name) => process.env[`ORDERFLOW_SECRET_${name}`];

export interface ApiCallOptions {
  readonly deps: ServiceDeps;
  readonly policy: OutboundPolicy;
  readonly secrets: SecretSource;
  /** The relay's attempt limit: the last allowed attempt answers the run instead of retrying. */
  readonly maxAttempts: number;
}

const SYSTEM_CALLER = 'system:api-call';

/**
 * Performs the call an API-call node waits for and resumes the run with the answer (by replay, as a
 * decision), in the same commit as the row's done mark: the call is made at least once (the receiver
 * gets the row's dedupe key as Idempotency-Key), the run moves exactly once. A network failure, a
 * timeout, a 5xx or a 429 is retried with the relay's backoff up to the node's `retries`; then the run
 * continues on `timeout` or `error`. A missing secret is a dead letter (fix the setting, then retry it).
 */
export const performApiCalls =
  ({ deps, policy, secrets, maxAttempts }: ApiCallOptions): Delivery =>
  async (row) => {
    const { runId, runVersion, nodeId, request } = JSON.parse(row.payloadJson) as CallPayload;
    const run = await deps.store.run(runId);
    if (!run || run.version !== runVersion || run.status !== 'waiting') return; // answered already
    const wait = await deps.store.openWait(runId);
    if (!wait || wait.kind !== 'api-call' || wait.nodeId !== nodeId) return;

    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers[name.toLowerCase()] = value;
      else {
        const secret = secrets(value.secret);
        if (secret === undefined)
          throw new PermanentFailure(
            `${nodeId}: secret ${value.secret} is not set on this server (ORDERFLOW_SECRET_${value.secret})`,
          );
        headers[name.toLowerCase()] = secret;
      }
    }
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    headers['idempotency-key'] ??= row.dedupeKey;

    const attempts = row.attempts ?? 0;
    const mayRetry = attempts < request.retries && attempts + 1 < maxAttempts;
    let answer: CallAnswer;
    try {
      const response = await callOutbound(
        { method: request.method, url: request.url, headers, body },
        { ...policy, timeoutMs: Math.min(request.timeoutMs, policy.timeoutMs) },
      );
      const host = new URL(request.url).host;
      if (response.status >= 200 && response.status <= 299)
        answer = { port: 'ok', status: response.status, body: (response.json ?? response.text) as CallAnswer['body'] };
      else if ((response.status >= 500 || response.status === 429) && mayRetry)
        throw new Error(`${host} answered ${response.status}; retrying`);
      else
        answer = {
          port: 'error',
          status: response.status,
          body: (response.json ?? null) as CallAnswer['body'],
          error: `${host} answered ${response.status}`,
        };
    } catch (error) {
      if (!(error instanceof OutboundError)) throw error;
      if ((error.kind === 'timeout' || error.kind === 'network') && mayRetry) throw error;
      answer = { port: error.kind === 'timeout' ? 'timeout' : 'error', error: error.message };
    }
    const { write, result } = await stepRun(deps, run, wait, encodeAnswer(answer), {
      by: SYSTEM_CALLER,
      comment: answer.error ?? null,
      now: deps.clock.now(),
      resolution: answer.port,
    });
    const outcome = result.status === 'completed' ? (result.outcome?.decision ?? 'completed') : result.status;
    return {
      write,
      committed: () => deps.metrics.runs.inc({ flow: run.flowId, version: String(run.flowVersion), outcome }),
    };
  };
