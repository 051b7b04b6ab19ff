/** What must hold in the database after any number of SIGKILLs, on SQLite or PostgreSQL. */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { compileFlow, runFlow } from '../../runtime/index';
import { coreRegistry } from '../../nodes/index';
import { storedResult } from '../services/run-rows';
import { runContext } from '../services/world';

export interface Acknowledged {
  /** orderId → the intake answer's ids, for every order answered 2xx. */
  readonly orders: Map<string, { intakeId: string; runIds: string[] }>;
  /** runId → decision, for every decision answered 200. */
  readonly decisions: Map<string, string>;
}

interface Row {
  [key: string]: unknown;
}

/** The rows the checks read, loaded once from either database (plain SELECTs, the same in both dialects). */
const READS = {
  accepted: 'SELECT order_id AS "orderId", count(*) AS n FROM orders WHERE status = \'accepted\' GROUP BY order_id',
  orders: 'SELECT id, status FROM orders',
  runs: 'SELECT r.*, o.body_json AS body, v.flow_json AS flow, c.world_json AS world FROM runs r JOIN orders o ON o.id = r.intake_id JOIN flow_versions v ON v.flow_id = r.flow_id AND v.version = r.flow_version JOIN contexts c ON c.hash = r.context_hash',
  waits: 'SELECT run_id, closed_at FROM waits',
  outbox: 'SELECT run_id, kind FROM outbox',
} as const;

type Loaded = Record<keyof typeof READS, Row[]>;

/** After SIGKILLs into the server on its SQLite file (read straight from the file). */
export function crashViolations(dataDir: string, acked: Acknowledged): string[] {
  const db = new Database(join(dataDir, 'orderflow.sqlite'), { readonly: true });
  try {
    const loaded = Object.fromEntries(
      Object.entries(READS).map(([name, sql]) => [name, db.prepare(sql).all() as Row[]]),
    ) as Loaded;
    return violations(loaded, acked);
  } finally {
    db.close();
  }
}

/** The same checks on PostgreSQL: `query` runs one SELECT in the deployment's schema. */
export async function pgCrashViolations(
  query: (sql: string) => Promise<Row[]>,
  acked: Acknowledged,
): Promise<string[]> {
  const loaded = {} as Loaded;
  for (const [name, sql] of Object.entries(READS)) loaded[name as keyof Loaded] = await query(sql);
  return violations(loaded, acked);
}

function violations(loaded: Loaded, acked: Acknowledged): string[] {
  const out: string[] = [];
  const group = (rows: Row[]) => {
    const by = new Map<string, Row[]>();
    for (const row of rows) by.set(String(row.run_id), [...(by.get(String(row.run_id)) ?? []), row]);
    return by;
  };
  const orderStatus = new Map(loaded.orders.map((o) => [String(o.id), o.status]));
  const runIds = new Set(loaded.runs.map((r) => String(r.id)));
  const waitsOf = group(loaded.waits);
  const outboxOf = group(loaded.outbox);
  for (const row of loaded.accepted)
    if (Number(row.n) !== 1) out.push(`order ${row.orderId} was accepted ${row.n} times`);
  for (const [orderId, ack] of acked.orders) {
    if (orderStatus.get(ack.intakeId) !== 'accepted')
      out.push(`acknowledged order ${orderId} (${ack.intakeId}) is missing`);
    for (const runId of ack.runIds) if (!runIds.has(runId)) out.push(`run ${runId} of ${orderId} is missing`);
  }
  for (const run of loaded.runs) {
    const id = String(run.id);
    const waits = waitsOf.get(id) ?? [];
    const closed = waits.filter((w) => w.closed_at !== null);
    if (run.status !== 'completed') out.push(`run ${id} ended ${run.status}`);
    if (Number(run.version) !== 1 + closed.length)
      out.push(`run ${id} is at version ${run.version} after ${closed.length} decision(s): advanced twice`);
    if (waits.length !== 1) out.push(`run ${id} has ${waits.length} waits`);
    const decided = acked.decisions.get(id);
    const decisions = JSON.parse(String(run.decisions_json)) as Record<string, string>;
    if (decided !== undefined && decisions.finance !== decided)
      out.push(`run ${id}: acknowledged decision ${decided}, stored ${decisions.finance}`);
    const effects = outboxOf.get(id) ?? [];
    const count = (kind: string) => effects.filter((e) => e.kind === kind).length;
    if (count('decision') !== closed.length)
      out.push(`run ${id}: ${count('decision')} decision effects for ${closed.length} decision(s)`);
    if (count('notify') !== (decisions.finance === 'approved' ? 1 : 0))
      out.push(`run ${id}: ${count('notify')} notify effects after ${decisions.finance}`);
    if (count('reminder') > 1) out.push(`run ${id}: ${count('reminder')} reminders`);
    // The stored result equals a crash-free run of the same order with the same decisions.
    const compiled = compileFlow(String(run.flow), coreRegistry);
    if (!compiled.ok) throw new Error('the crash flow no longer compiles');
    const fresh = runFlow(
      compiled.plan,
      JSON.parse(String(run.body)),
      runContext(String(run.world), String(run.run_now)),
      {
        decisions,
      },
    );
    if (storedResult(fresh) !== run.result_json) out.push(`run ${id}: stored result differs from a crash-free replay`);
  }
  if (loaded.runs.length < acked.orders.size)
    out.push(`${loaded.runs.length} runs for ${acked.orders.size} acknowledged orders`);
  return out;
}
