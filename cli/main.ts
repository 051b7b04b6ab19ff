import '../runtime/zod-jitless';
import { parseArgs } from 'node:util';
import { coreRegistry, registryWith } from '../nodes/index';
import type { NodeRegistry, Locale } from '../runtime/index';
import { buildCommand } from './commands/build';
import { channelsCommand } from './commands/channels';
import { forecastCommand } from './commands/forecast';
import { healthCommand } from './commands/health';
import { preallocateCommand } from './commands/preallocate';
import { compareCommand, parseRolloutOption } from './commands/compare';
import { normalizeCommand } from './commands/normalize';
import { runCommand } from './commands/run';
import { simulateCommand } from './commands/simulate';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';
import { CliError, EXIT, type CliIo } from './io/cli-error';
import { describeInternalError } from './io/internal-error';
import { loadNodeModules } from './io/load-nodes';
import { USAGE } from './usage';

export type { CliIo } from './io/cli-error';

const OPTIONS = {
  context: { type: 'string' },
  now: { type: 'string' },
  decide: { type: 'string', multiple: true },
  nodes: { type: 'string', multiple: true },
  trace: { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  'carry-over': { type: 'boolean' },
  workers: { type: 'string' },
  channel: { type: 'string' },
  related: { type: 'string', multiple: true },
  by: { type: 'string' },
  horizon: { type: 'string' },
  backtest: { type: 'boolean' },
  'as-table': { type: 'boolean' },
  promotions: { type: 'string' },
  settings: { type: 'string' },
  'fail-on-diff': { type: 'boolean' },
  rollout: { type: 'string' },
  flow: { type: 'string' },
  events: { type: 'string' },
  kpis: { type: 'string' },
  report: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `--lang`: the language of the notes and explanations nodes write (run) and of problem messages (validate). */
function localeOf(lang: string | undefined): Locale {
  if (lang === undefined || lang === 'en') return 'en';
  if (lang === 'zh') return 'zh';
  throw new CliError(`--lang "${lang}": expected en or zh`);
}

/** `--workers N`: threads that parse and run the orders (1 = the main thread alone). */
function workersOrExit(text: string): number {
  const count = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(count >= 1 && count <= 64)) throw new CliError(`--workers "${text}": expected a whole number from 1 to 64`);
  return count;
}

function rolloutOrExit(text: string): { percent: number; salt: string } {
  const rollout = parseRolloutOption(text);
  if (!rollout) throw new CliError(`--rollout "${text}": expected a percent in (0, 100], optionally :<rollout id>`);
  return rollout;
}

/** Which options each command takes, and how many file arguments. */
const COMMANDS: Readonly<Record<string, { files: readonly string[]; options: readonly string[] }>> = {
  validate: { files: ['<flow.json>'], options: ['json', 'nodes', 'lang'] },
  build: { files: ['<flow.json>'], options: ['out'] },
  run: {
    files: ['<flow.json>', '<order.json>'],
    options: ['context', 'now', 'decide', 'trace', 'lang', 'nodes', 'channel', 'related'],
  },
  simulate: {
    files: ['<flow.json>', '<orders.jsonl|orders.json>'],
    options: ['context', 'now', 'decide', 'json', 'strict', 'carry-over', 'nodes', 'channel', 'related', 'workers'],
  },
  compare: {
    files: ['<before.flow.json>', '<after.flow.json>', '<orders.jsonl|orders.json>'],
    options: ['context', 'now', 'json', 'fail-on-diff', 'rollout', 'nodes'],
  },
  test: { files: ['<flow.json>', '[cases.json]'], options: ['context', 'now', 'json', 'nodes'] },
  normalize: { files: ['<payload.json|payloads.jsonl>'], options: ['channel', 'related'] },
  channels: { files: [], options: ['json'] },
  forecast: {
    files: ['<orders.jsonl|orders.json>'],
    options: ['by', 'horizon', 'backtest', 'promotions', 'json', 'as-table', 'context'],
  },
  preallocate: { files: ['<orders.jsonl|orders.json>'], options: ['context', 'settings', 'now', 'json'] },
  health: {
    files: ['[orders.jsonl|orders.json]'],
    options: ['flow', 'context', 'now', 'events', 'kpis', 'report', 'json', 'nodes'],
  },
};

export interface MainOptions extends CliIo {
  /** The wall clock, only used when neither --context nor --now gives one. */
  readonly clock?: () => Date;
}

/** The whole CLI as a function: arguments in, exit code out; all output through `io`. */
export async function main(argv: readonly string[], io: MainOptions): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`orderflow: ${error.message}\n`);
      return error.exitCode;
    }
    try {
      io.stderr.write(`orderflow: ${describeInternalError(error, argv)}\n`);
    } catch {
      // stderr itself failed: nothing more can be said
    }
    return EXIT.problems;
  }
}

async function dispatch(argv: readonly string[], io: MainOptions): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...files] = positionals;
  if (values.help || command === 'help') {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const spec = command === undefined ? undefined : COMMANDS[command];
  if (!command || !spec || !Object.hasOwn(COMMANDS, command)) {
    throw new CliError(`${command ? `unknown command "${command}"` : 'no command given'}\n\n${USAGE}`);
  }
  for (const name of Object.keys(values)) {
    if (!spec.options.includes(name))
      throw new CliError(`--${name} is not an option of "${command}" (see orderflow --help)`);
  }
  const required = spec.files.filter((f) => !f.startsWith('[')).length; // "[cases.json]" is optional
  if (files.length < required || files.length > spec.files.length) {
    const expected = required === spec.files.length ? `${required}` : `${required} or ${spec.files.length}`;
    throw new CliError(
      `usage: orderflow ${command} ${spec.files.join(' ')}: expected ${expected} file argument(s), got ${files.length}`,
    );
  }
  if (values.related && values.channel === undefined)
    throw new CliError(`--related needs --channel (it completes raw channel payloads)`);
  if (command === 'channels') return channelsCommand(io, values.json ?? false);
  if (command === 'forecast') {
    return forecastCommand(io, {
      ordersPath: files[0]!,
      by: values.by ?? 'sku,region',
      horizon: values.horizon ?? '14',
      backtest: values.backtest ?? false,
      json: values.json ?? false,
      asTable: values['as-table'] ?? false,
      ...(values.promotions ? { promotionsPath: values.promotions } : {}),
      ...(values.context ? { contextPath: values.context } : {}),
    });
  }
  if (command === 'preallocate') {
    if (values.context === undefined)
      throw new CliError(
        'usage: orderflow preallocate <orders> --context ctx.json: --context is required (it holds the warehouses, their stock and now)',
      );
    const clock = io.clock ?? (() => new Date());
    return preallocateCommand(
      io,
      {
        ordersPath: files[0]!,
        contextPath: values.context,
        json: values.json ?? false,
        ...(values.settings ? { settingsPath: values.settings } : {}),
        ...(values.now ? { now: values.now } : {}),
      },
      clock,
    );
  }
  if (command === 'normalize') {
    if (values.channel === undefined)
      throw new CliError(
        'usage: orderflow normalize --channel <name|mapping.json> <payload.json|payloads.jsonl>: --channel is required (orderflow channels lists the built-ins)',
      );
    return normalizeCommand(io, { payloadPath: files[0]!, channel: values.channel, related: values.related ?? [] });
  }
  const registry: NodeRegistry = values.nodes
    ? registryWith(await loadNodeModules(io.cwd, values.nodes))
    : coreRegistry;
  const clock = io.clock ?? (() => new Date());
  if (command === 'health') {
    const live = values.events !== undefined;
    if (live === (files[0] !== undefined) || (!live && values.flow === undefined))
      throw new CliError(
        'usage: orderflow health --events events.jsonl | orderflow health <orders> --flow f.json [--context ctx.json]: give events, or orders with a flow',
      );
    if (live && (values.flow !== undefined || values.context !== undefined))
      throw new CliError('--events are live data: --flow and --context only apply to a simulation of orders');
    return healthCommand(
      io,
      {
        ...(live ? { eventsPath: values.events } : { ordersPath: files[0], flowPath: values.flow }),
        ...(values.context ? { contextPath: values.context } : {}),
        ...(values.now ? { now: values.now } : {}),
        ...(values.kpis ? { kpisPath: values.kpis } : {}),
        ...(values.report ? { reportPath: values.report } : {}),
        json: values.json ?? false,
      },
      registry,
      clock,
    );
  }
  const [first, second] = files as [string, string];
  const channel = values.channel === undefined ? {} : { channel: values.channel, related: values.related ?? [] };
  const shared = {
    ...(values.context ? { contextPath: values.context } : {}),
    ...(values.now ? { now: values.now } : {}),
    decide: values.decide ?? [],
    ...channel,
  };
  if (command === 'build') return buildCommand(io, first, values.out, registry);
  if (command === 'validate') return validateCommand(io, first, registry, values.json ?? false, localeOf(values.lang));
  if (command === 'run')
    return runCommand(
      io,
      { flowPath: first, orderPath: second, ...shared, trace: values.trace ?? false, locale: localeOf(values.lang) },
      registry,
      clock,
    );
  if (command === 'compare')
    return compareCommand(
      io,
      {
        beforePath: first,
        afterPath: second,
        ordersPath: files[2]!,
        ...(values.context ? { contextPath: values.context } : {}),
        ...(values.now ? { now: values.now } : {}),
        json: values.json ?? false,
        failOnDiff: values['fail-on-diff'] ?? false,
        ...(values.rollout === undefined ? {} : { rollout: rolloutOrExit(values.rollout) }),
      },
      registry,
      clock,
    );
  if (command === 'test') {
    return testCommand(
      io,
      {
        flowPath: first,
        ...(second ? { casesPath: second } : {}),
        ...(values.context ? { contextPath: values.context } : {}),
        ...(values.now ? { now: values.now } : {}),
        json: values.json ?? false,
      },
      registry,
      clock,
    );
  }
  return simulateCommand(
    io,
    {
      flowPath: first,
      ordersPath: second,
      ...shared,
      json: values.json ?? false,
      strict: values.strict ?? false,
      carryOver: values['carry-over'] ?? false,
      ...(values.workers === undefined ? {} : { workers: workersOrExit(values.workers) }),
    },
    registry,
    clock,
  );
}
