/**
 * Where one order's server CPU goes, in one process without HTTP (a diagnostic beside the profile; the
 * figures of record are `npm run bench:server`): parsing, the runs of the live flows and their rows
 * (acceptedRecord), the answer's JSON, the SQLite commit (in group commits of PARTS_GROUP orders, as
 * concurrent requests get them), the outbox relay's pass over what those orders queued. Process CPU time
 * per order for each, same process, same data:
 *   npx tsx server/testing/cpu-per-part.ts   (PARTS_ORDERS, PARTS_GROUP, PARTS_SYNC=FULL|NORMAL,
 *   PARTS_STRIP=runs,idempotency,… commits the WriteSets without those parts, to see what each costs)
 * It lives in server/ because bench/ never imports the server.
 */
import '../../runtime/zod-jitless';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../app';
import { systemClock } from '../clock';
import { configSchema } from '../config';
import { seed } from '../seed';
import { SYSTEM } from '../auth/principal';
import { acceptedRecord, intakeWrite, parseOrder } from '../services/intake';
import { sha256 } from '../services/hash';
import { triggerTakes } from '../../nodes/index';

const LIVE = { liveCalls: true } as const;

const REPO = join(import.meta.dirname, '..', '..');
const N = Number(process.env.PARTS_ORDERS ?? 5000);
const GROUP = Number(process.env.PARTS_GROUP ?? 64);
const sync = (process.env.PARTS_SYNC ?? 'NORMAL') as 'FULL' | 'NORMAL';
const dataDir = mkdtempSync(join(tmpdir(), 'orderflow-parts-'));
const config = configSchema.parse({
  dataDir,
  synchronous: sync,
  editor: 'off',
  logLevel: 'warn',
  context: join(REPO, 'examples/data/context.json'),
});
const app = await buildApp({ config, clock: systemClock, timers: false });
await seed(app.deps);
const deps = app.deps;
const live = await deps.store.liveVersions();
const base = (
  JSON.parse(readFileSync(join(REPO, 'examples/flows/vip-priority.cases.json'), 'utf8')) as {
    cases: { order: Record<string, unknown> }[];
  }
).cases[0]!.order;

async function round(tag: string) {
  const texts = Array.from({ length: N }, (_, i) =>
    JSON.stringify({ ...base, id: `${tag}-${i}`, channelOrderId: `${tag}-${i}` }),
  );
  const t: Record<string, number> = {};
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = <T>(k: string, f: () => T): T => {
    const s = cpu();
    const r = f();
    t[k] = (t[k] ?? 0) + cpu() - s;
    return r;
  };
  const bodies = time('JSON.parse body', () => texts.map((x) => JSON.parse(x) as unknown));
  const orders = time('parseOrder', () =>
    bodies.map((b) => {
      const p = parseOrder(b);
      if (!p.ok) throw new Error('bad');
      return p.order;
    }),
  );
  const subscribed = await deps.store.subscribedEvents?.();
  const records = time('acceptedRecord (runs + rows)', () =>
    orders.map((o, i) => acceptedRecord(deps, SYSTEM, live, o, texts[i]!, {}, new Map(), subscribed)),
  );
  // The flows' own work, as acceptedRecord runs them: the floor under everything else.
  const ctx = { ...deps.world.context, now: new Date().toISOString() };
  const plans = live.map((v) => deps.plans.plan(v.contentHash, v.flowJson));
  time(`  of which the runs alone (${plans.length} live flows)`, () => {
    for (const order of orders)
      for (const plan of plans) if (triggerTakes(plan.start, order)) deps.plans.runOrder(plan, order, ctx, LIVE);
  });
  const answers = time('answer JSON', () => records.map((r) => JSON.stringify(r.answer)));
  const fps = time('idempotency sha256', () => texts.map((x) => sha256(`POST /api/v1/orders\n${x}`)));
  const now = Date.now();
  const sets = records.map((r, i) => ({
    ...intakeWrite([r]),
    idempotency: {
      scope: 'bench',
      key: `${tag}-${i}`,
      fingerprint: fps[i]!,
      status: 201,
      headersJson: '{"content-type":"application/json; charset=utf-8"}',
      body: answers[i]!,
      createdAt: now,
      expiresAt: now + 86_400_000,
    },
  }));
  const strip = (process.env.PARTS_STRIP ?? '').split(',').filter(Boolean);
  const stripped = sets.map(
    (set) => Object.fromEntries(Object.entries(set).filter(([k]) => !strip.includes(k))) as typeof set,
  );
  let s = cpu();
  for (let i = 0; i < N; i += GROUP)
    await Promise.all(stripped.slice(i, i + GROUP).map((set) => deps.store.commit(set)));
  t[`commit (groups of ${GROUP})`] = cpu() - s;
  s = cpu();
  let relayed = 0;
  for (;;) {
    const r = await app.relay.relayOnce();
    relayed += r.delivered;
    if (r.delivered === 0) break;
  }
  t[`relay (${(relayed / N).toFixed(1)} rows/order)`] = cpu() - s;
  return t;
}
await round('warm');
const t = await round('run');
// Lines starting with a space are parts of the line above, not counted again.
const total = Object.entries(t).reduce((sum, [k, v]) => (k.startsWith(' ') ? sum : sum + v), 0);
for (const [k, v] of Object.entries(t))
  console.log(`${k.padEnd(34)} ${((v * 1000) / N).toFixed(1).padStart(8)} µs/order`);
console.log(
  `${'total'.padEnd(34)} ${((total * 1000) / N).toFixed(1).padStart(8)} µs/order  (${N} orders, synchronous=${sync}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')})`,
);
await app.close();
rmSync(dataDir, { recursive: true, force: true });
