import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runFlow, orderSchema } from '../../runtime/index';
import type { NodeRegistry } from '../../runtime/index';
import {
  auditReportHtml,
  BUILTIN_KPIS,
  buildRecords,
  computeKpis,
  expectedEvents,
  formatText,
  kpiDefinitionsSchema,
  parseEventLines,
  toJson,
  type FulfilmentEvent,
  type KpiDefinition,
} from '../../health/index';
import { CliError, EXIT, type CliIo } from '../io/cli-error';
import { loadContext } from '../io/read-context';
import { readTextFile } from '../io/read-file';
import { readOrders } from '../io/read-orders';
import { flowOrExit } from './shared';

export interface HealthArgs {
  /** Live events (JSON Lines), or else orders to simulate with `flowPath`. */
  readonly eventsPath?: string;
  readonly ordersPath?: string;
  readonly flowPath?: string;
  readonly contextPath?: string;
  readonly now?: string;
  /** A channel's own KPI definitions (a JSON array), added after the built-in ones. */
  readonly kpisPath?: string;
  readonly reportPath?: string;
  readonly json: boolean;
}

async function readKpis(io: CliIo, path: string | undefined): Promise<KpiDefinition[]> {
  if (path === undefined) return [...BUILTIN_KPIS];
  let value: unknown;
  try {
    value = JSON.parse(await readTextFile(io.cwd, path, 'KPI definitions'));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: not JSON (${(error as Error).message})`, EXIT.problems);
  }
  const parsed = kpiDefinitionsSchema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${path}: $.${i.path.join('.')}: ${i.message}`);
    throw new CliError(lines.join('\n'), EXIT.problems);
  }
  const ids = new Set(BUILTIN_KPIS.map((k) => k.id));
  const clash = parsed.data.find((k) => ids.has(k.id));
  if (clash) throw new CliError(`${path}: KPI "${clash.id}" is already built in; give yours another id`, EXIT.problems);
  return [...BUILTIN_KPIS, ...parsed.data];
}

async function liveEvents(io: CliIo, path: string): Promise<FulfilmentEvent[]> {
  const { events, problems } = parseEventLines(await readTextFile(io.cwd, path, 'events'), path);
  if (problems.length > 0) throw new CliError(problems.map((p) => `${p} [invalid-event]`).join('\n'), EXIT.problems);
  return events;
}

/** Runs every order through the flow and turns each plan into the events it promises (health/from-simulation.ts). */
async function simulatedEvents(
  io: CliIo,
  args: HealthArgs,
  registry: NodeRegistry,
  clock: () => Date,
): Promise<FulfilmentEvent[]> {
  const plan = await flowOrExit(io, args.flowPath!, registry);
  const { context, note } = await loadContext(io.cwd, args.contextPath, args.now, clock);
  if (note) io.stderr.write(`note: ${note}\n`);
  const events: FulfilmentEvent[] = [];
  let skipped = 0;
  for await (const record of readOrders(io.cwd, args.ordersPath!)) {
    const order = 'error' in record ? undefined : orderSchema.safeParse(record.value);
    if (!order?.success) {
      skipped += 1;
      continue;
    }
    events.push(...expectedEvents(runFlow(plan, order.data, context), order.data));
  }
  if (skipped > 0)
    io.stderr.write(
      `note: ${skipped} order(s) could not be read or are invalid and are left out (orderflow simulate lists them)\n`,
    );
  return events;
}

/** Everything in the data has happened by its last event: the default clock for a report. */
const lastEventTime = (events: readonly FulfilmentEvent[]) =>
  events.reduce((max, e) => (Date.parse(e.at) > Date.parse(max) ? e.at : max), events[0]?.at ?? '1970-01-01T00:00:00Z');

/** `orderflow health`: each KPI with its definition, from live events or from a simulated flow; optionally the audit report. */
export async function healthCommand(
  io: CliIo,
  args: HealthArgs,
  registry: NodeRegistry,
  clock: () => Date,
): Promise<number> {
  const kpis = await readKpis(io, args.kpisPath);
  const events =
    args.eventsPath !== undefined
      ? await liveEvents(io, args.eventsPath)
      : await simulatedEvents(io, args, registry, clock);
  const now = args.eventsPath !== undefined && args.now !== undefined ? args.now : lastEventTime(events);
  const records = buildRecords(events, now);
  const results = computeKpis(kpis, records);
  io.stdout.write(args.json ? `${JSON.stringify({ now, kpis: toJson(results) }, null, 2)}\n` : formatText(results));
  if (args.reportPath !== undefined) {
    const source = args.eventsPath ?? `simulation of ${args.flowPath} over ${args.ordersPath}`;
    const html = auditReportHtml(kpis, records, {
      title: 'Order health audit / 订单健康审计',
      generatedAt: clock().toISOString(),
      source,
    });
    try {
      await writeFile(resolve(io.cwd, args.reportPath), html, 'utf8');
    } catch (error) {
      throw new CliError(
        `--report ${args.reportPath}: cannot write (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    io.stderr.write(`wrote ${args.reportPath}\n`);
  }
  return EXIT.ok;
}
