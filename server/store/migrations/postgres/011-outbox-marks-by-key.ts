/**
 * Twin of sqlite/011-outbox-marks-by-key.ts: orderflow_apply (010) marks outbox rows done or failed one key
 * at a time. A function's plans are made once per connection, when the outbox is nearly empty: the set-based
 * UPDATE … FROM jsonb_to_recordset kept a hash join over a sequential scan of the whole outbox, which cost
 * ~10 ms per order once it held a few thousand rows (auto_explain under npm run bench:server). By key, each
 * mark is a primary-key lookup whatever the table's size. Written out whole: a shipped migration is never edited.
 */
export const sql = `
CREATE OR REPLACE FUNCTION orderflow_apply(w jsonb) RETURNS void LANGUAGE plpgsql AS $fn$
DECLARE
  n bigint;
  mark record;
BEGIN
  IF w ? 'idempotency' THEN
    INSERT INTO idempotency_keys (scope, key, fingerprint, status, headers_json, body, created_at, expires_at)
    SELECT r.scope, r.key, r.fingerprint, r.status, r."headersJson", r.body, r."createdAt", r."expiresAt"
    FROM jsonb_to_record(w->'idempotency') AS r(scope text, key text, fingerprint text, status integer,
      "headersJson" text, body text, "createdAt" bigint, "expiresAt" bigint)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN RAISE EXCEPTION 'orderflow-refused:duplicate-key'; END IF;
  END IF;

  IF w ? 'runStep' THEN
    UPDATE runs SET status = r.status, decisions_json = r."decisionsJson", result_json = r."resultJson",
      updated_at = r."updatedAt", version = runs.version + 1
    FROM jsonb_to_record(w->'runStep') AS r("runId" text, "expectedVersion" integer, status text,
      "decisionsJson" text, "resultJson" text, "updatedAt" bigint)
    WHERE runs.id = r."runId" AND runs.version = r."expectedVersion" AND runs.status = 'waiting';
    IF NOT FOUND THEN RAISE EXCEPTION 'orderflow-refused:version-conflict'; END IF;
  END IF;

  IF w ? 'waitClose' THEN
    UPDATE waits SET closed_at = r."closedAt", resolution = r.resolution, decided_by = r."decidedBy", comment = r.comment
    FROM jsonb_to_record(w->'waitClose') AS r("runId" text, "closedAt" bigint, resolution text, "decidedBy" text,
      comment text)
    WHERE waits.run_id = r."runId" AND waits.closed_at IS NULL;
  END IF;

  IF w ? 'orders' THEN
    INSERT INTO orders (id, order_id, channel, channel_order_id, body_json, status, problems_json, received_by,
      received_at, response_json, payload_hash)
    SELECT r.id, r."orderId", r.channel, r."channelOrderId", r."bodyJson", r.status, r."problemsJson", r."receivedBy",
      r."receivedAt", r."responseJson", r."payloadHash"
    FROM jsonb_to_recordset(w->'orders') AS r(id text, "orderId" text, channel text, "channelOrderId" text,
      "bodyJson" text, status text, "problemsJson" text, "receivedBy" text, "receivedAt" bigint, "responseJson" text,
      "payloadHash" text)
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n < jsonb_array_length(w->'orders') THEN RAISE EXCEPTION 'orderflow-refused:duplicate-channel-order'; END IF;
  END IF;

  IF w ? 'runs' THEN
    INSERT INTO runs (id, intake_id, flow_id, flow_version, content_hash, context_hash, run_now, order_id, channel,
      decisions_json, status, version, result_json, created_by, created_at, updated_at)
    SELECT r.id, r."intakeId", r."flowId", r."flowVersion", r."contentHash", r."contextHash", r."runNow", r."orderId",
      r.channel, r."decisionsJson", r.status, r.version, r."resultJson", r."createdBy", r."createdAt", r."updatedAt"
    FROM jsonb_to_recordset(w->'runs') AS r(id text, "intakeId" text, "flowId" text, "flowVersion" integer,
      "contentHash" text, "contextHash" text, "runNow" text, "orderId" text, channel text, "decisionsJson" text,
      status text, version integer, "resultJson" text, "createdBy" text, "createdAt" bigint, "updatedAt" bigint);
  END IF;

  IF w ? 'waits' THEN
    INSERT INTO waits (id, run_id, run_version, node_id, kind, role, reason, ports_json, created_at, due_at, remind_at,
      reminded)
    SELECT r.id, r."runId", r."runVersion", r."nodeId", r.kind, r.role, r.reason, r."portsJson", r."createdAt",
      r."dueAt", r."remindAt", 0
    FROM jsonb_to_recordset(w->'waits') AS r(id text, "runId" text, "runVersion" integer, "nodeId" text, kind text,
      role text, reason text, "portsJson" text, "createdAt" bigint, "dueAt" bigint, "remindAt" bigint);
  END IF;

  IF w ? 'outbox' THEN
    INSERT INTO outbox (dedupe_key, run_id, kind, payload_json, created_at)
    SELECT r."dedupeKey", r."runId", r.kind, r."payloadJson", r."createdAt"
    FROM ROWS FROM (jsonb_to_recordset(w->'outbox') AS ("dedupeKey" text, "runId" text, kind text,
      "payloadJson" text, "createdAt" bigint)) WITH ORDINALITY AS r("dedupeKey", "runId", kind, "payloadJson",
      "createdAt", ord)
    ORDER BY r.ord
    ON CONFLICT (dedupe_key) DO NOTHING;
  END IF;

  IF w ? 'outboxDelivered' THEN
    FOR mark IN SELECT * FROM jsonb_to_recordset(w->'outboxDelivered') AS r(seq bigint, at bigint, "claimedBy" text) LOOP
      UPDATE outbox SET delivered_at = mark.at, attempts = outbox.attempts + 1
      WHERE outbox.seq = mark.seq AND outbox.delivered_at IS NULL
        AND (mark."claimedBy" IS NULL OR outbox.claimed_by = mark."claimedBy");
      IF NOT FOUND THEN RAISE EXCEPTION 'orderflow-refused:outbox-moved'; END IF;
    END LOOP;
  END IF;

  IF w ? 'outboxFailed' THEN
    FOR mark IN SELECT * FROM jsonb_to_recordset(w->'outboxFailed') AS r(seq bigint, attempts integer,
      "nextAttemptAt" bigint, error text, "deadAt" bigint, "claimedBy" text) LOOP
      UPDATE outbox SET attempts = mark.attempts, next_attempt_at = mark."nextAttemptAt", last_error = mark.error,
        dead_at = mark."deadAt", claimed_by = NULL, lease_until = NULL
      WHERE outbox.seq = mark.seq AND outbox.delivered_at IS NULL AND outbox.dead_at IS NULL
        AND (mark."claimedBy" IS NULL OR outbox.claimed_by = mark."claimedBy");
    END LOOP;
  END IF;

  IF w ? 'audit' THEN
    INSERT INTO audit_log (at, actor, action, subject, before_json, after_json)
    SELECT r.at, r.actor, r.action, r.subject, r."beforeJson", r."afterJson"
    FROM ROWS FROM (jsonb_to_recordset(w->'audit') AS (at bigint, actor text, action text, subject text,
      "beforeJson" text, "afterJson" text)) WITH ORDINALITY AS r(at, actor, action, subject, "beforeJson",
      "afterJson", ord)
    ORDER BY r.ord;
  END IF;

  IF w ? 'rolloutObservations' THEN
    INSERT INTO rollout_observations (rollout_id, stage, arm, run_id, order_id, error, review, currency, discount,
      routed, cost_currency, cost, remote, remote_served, captured_effects, created_at)
    SELECT r."rolloutId", r.stage, r.arm, r."runId", r."orderId", r.error, r.review, r.currency, r.discount, r.routed,
      r."costCurrency", r.cost, r.remote, r."remoteServed", r."capturedEffects", r."createdAt"
    FROM jsonb_to_recordset(w->'rolloutObservations') AS r("rolloutId" text, stage integer, arm text, "runId" text,
      "orderId" text, error integer, review integer, currency text, discount bigint, routed integer,
      "costCurrency" text, cost bigint, remote integer, "remoteServed" integer, "capturedEffects" integer,
      "createdAt" bigint);
  END IF;
END
$fn$;
`;
