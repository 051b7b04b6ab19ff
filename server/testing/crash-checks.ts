/** What must hold in the database after any number of SIGKILLs (read straight from the SQLite file). */
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

export function crashViolations(dataDir: string, acked: Acknowledged): string[] {
  const db = new Database(join(dataDir, 'orderflow.sqlite'), { readonly: true });
  const out: string[] = [];
  try {
    const accepted = db
      .prepare("SELECT order_id AS orderId, count(*) AS n FROM orders WHERE status = 'accepted' GROUP BY order_id")
      .all() as Row[];
    for (const row of accepted) if (row.n !== 1) out.push(`order ${row.orderId} was accepted ${row.n} times`);
    for (const [orderId, ack] of acked.orders) {
      const order = db.prepare('SELECT status FROM orders WHERE id = ?').get(ack.intakeId) as Row | undefined;
      if (order?.status !== 'accepted') out.push(`acknowledged order ${orderId} (${ack.intakeId}) is missing`);
      for (const runId of ack.runIds)
        if (!db.prepare('SELECT 1 FROM runs WHERE id = ?').get(runId))
          out.push(`run ${runId} of ${orderId} is missing`);
    }
    const runs = db
      .prepare(
        'SELECT r.*, o.body_json AS body, v.flow_json AS flow, c.world_json AS world FROM runs r JOIN orders o ON o.id = r.intake_id JOIN flow_versions v ON v.flow_id = r.flow_id AND v.version = r.flow_version JOIN contexts c ON c.hash = r.context_hash',
      )
      .all() as Row[];
    for (const run of runs) {
      const id = String(run.id);
      const waits = db.prepare('SELECT * FROM waits WHERE run_id = ?').all(id) as Row[];
      const closed = waits.filter((w) => w.closed_at !== null);
      if (run.status !== 'completed') out.push(`run ${id} ended ${run.status}`);
      if (run.version !== 1 + closed.length)
        out.push(`run ${id} is at version ${run.version} after ${closed.length} decision(s): advanced twice`);
      if (waits.length !== 1) out.push(`run ${id} has ${waits.length} waits`);
      const decided = acked.decisions.get(id);
      const decisions = JSON.parse(String(run.decisions_json)) as Record<string, string>;
      if (decided !== undefined && decisions.finance !== decided)
        out.push(`run ${id}: acknowledged decision ${decided}, stored ${decisions.finance}`);
      const effects = db
        .prepare('SELECT kind, count(*) AS n FROM outbox WHERE run_id = ? GROUP BY kind')
        .all(id) as Row[];
      const count = (kind: string) => Number(effects.find((e) => e.kind === kind)?.n ?? 0);
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
        { decisions },
      );
      if (storedResult(fresh) !== run.result_json)
        out.push(`run ${id}: stored result differs from a crash-free replay`);
    }
    if (runs.length < acked.orders.size) out.push(`${runs.length} runs for ${acked.orders.size} acknowledged orders`);
  } finally {
    db.close();
  }
  return out;
}
