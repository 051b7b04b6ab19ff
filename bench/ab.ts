/**
 * Is a change to the runtime faster? `npx tsx bench/ab.ts <git-ref> [flow] [orders]` runs the
 * working tree's `runOrder` (AB_ENGINE=built: its built flow module) against `<git-ref>`'s (default flow:
 * the benchmark decision), interleaved in
 * one process, each on orders its own code validated. Prints CPU µs per order for both, per process, and the change.
 *
 * Why not two `npm run bench` runs: on a shared machine absolute figures move by 20% or more between
 * runs, more than most changes. In one process both versions see the same disturbances. Which version
 * is loaded first also matters (by 10–20% here), so the comparison runs in child processes, half with
 * each version loaded first, and takes the geometric mean of the per-process ratios.
 *
 * The ref is checked out once into a git worktree under the system temp directory (node_modules linked).
 * What cannot be compared is said in one line, without a stack: a flow that does not exist in either
 * tree, or one that does not compile or whose orders do not load at one of them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interleave } from './measure';

const HERE = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ROUNDS = 3;

interface Version {
  readonly name: string;
  readonly run: (order: never) => unknown;
  readonly orders: readonly unknown[];
}

const FLOWS_DIR = 'examples/flows';
const flowFile = (root: string, flow: string) => join(root, FLOWS_DIR, `${flow}.flow.json`);

/** Compiles `flow` with the code under `root` and validates the bench orders with that code's schema. */
async function load(name: string, root: string, flow: string, count: number): Promise<Version> {
  const { compileOrThrow } = (await import(
    join(root, 'bench/engines/orderflow.ts')
  )) as typeof import('./engines/orderflow');
  const { benchOrders, exampleContext } = (await import(join(root, 'bench/orders.ts'))) as typeof import('./orders');
  const { runOrder } = (await import(join(root, 'runtime/index.ts'))) as typeof import('../runtime/index');
  const plan = compileOrThrow(flowFile(root, flow));
  const ctx = exampleContext();
  const orders = sameShapes(benchOrders(count).orders);
  if (process.env.AB_ENGINE === 'built') {
    // The flow built into a module by that tree's emitter, run untraced as the decision bench runs it.
    const { importBuiltPlan } = (await import(
      join(root, 'bench/engines/orderflow-built.ts')
    )) as typeof import('./engines/orderflow-built');
    const built = await importBuiltPlan(plan);
    const quiet = { trace: false } as const;
    return { name, run: (order: never) => built.runOrder(order, ctx, quiet), orders };
  }
  return { name, run: (order: never) => runOrder(plan, order, ctx), orders };
}

/** Exit code of a child that could not load a version; its stdout then holds one line saying why. */
const CANNOT_LOAD = 3;

/** `load`, or the reason it failed printed for the parent and the child ended. */
async function loadOrSay(name: string, root: string, flow: string, count: number): Promise<Version> {
  try {
    return await load(name, root, flow, count);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`cannot-load ${name} ${message.replaceAll(root, '.').replaceAll('\n', '\n  ')}\n`);
    process.exit(CANNOT_LOAD);
  }
}

/** One load order, in this process: prints `name cpuMicros` lines for the parent. */
async function child(baseRoot: string, baseFirst: boolean, flow: string, count: number): Promise<void> {
  const versions = baseFirst
    ? [await loadOrSay('base', baseRoot, flow, count), await loadOrSay('work', HERE, flow, count)]
    : [await loadOrSay('work', HERE, flow, count), await loadOrSay('base', baseRoot, flow, count)];
  const stats = await interleave(
    versions.map((v) => ({ name: v.name, inputs: v.orders, run: v.run })),
    { rounds: ROUNDS, warmupRounds: 1, warmupShare: 0.25, chunk: 500, sampleEvery: 10 },
  );
  for (const s of stats) process.stdout.write(`${s.name} ${s.cpuMicros}\n`);
}

/** Why `bench/ab.ts` stops: said to the user as one line, no stack. */
class CannotCompare extends Error {}

/** A worktree of `ref` (reused when it already exists), with this project's node_modules linked in. */
function worktreeOf(ref: string): string {
  const rev = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd: HERE,
    encoding: 'utf8',
  });
  if (rev.status !== 0) throw new CannotCompare(`${ref} is not a commit in this repository`);
  const sha = rev.stdout.trim();
  const dir = join(tmpdir(), `orderflow-ab-${sha.slice(0, 12)}`);
  if (!existsSync(dir) || readdirSync(dir).length === 0)
    execFileSync('git', ['worktree', 'add', '--force', '--detach', dir, sha], { cwd: HERE, stdio: 'ignore' });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(HERE, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** The example flows' names in a tree. */
function flowsIn(root: string): string[] {
  const dir = join(root, FLOWS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.flow.json'))
    .map((file) => file.slice(0, -'.flow.json'.length))
    .sort();
}

/** Refuses a flow that is missing from either tree, naming the tree and the flows there are. */
function checkFlowExists(flow: string, ref: string, baseRoot: string): void {
  if (!existsSync(flowFile(HERE, flow))) {
    const flows = flowsIn(HERE);
    const like = flows.filter((name) => name.includes(flow));
    throw new CannotCompare(
      `there is no flow "${flow}" (${FLOWS_DIR}/${flow}.flow.json) in the working tree` +
        (like.length > 0 ? `; did you mean ${like.join(' or ')}?` : '') +
        `\n  flows: ${flows.join(', ')}`,
    );
  }
  if (!existsSync(flowFile(baseRoot, flow)))
    throw new CannotCompare(
      `${flow} cannot be compared: ${FLOWS_DIR}/${flow}.flow.json does not exist at ${ref}\n  flows there: ${flowsIn(baseRoot).join(', ')}`,
    );
}

/** Runs the comparison in `pairs` × 2 child processes (each load order `pairs` times). */
function parent(ref: string, flow: string, count: number, pairs: number): void {
  // AB_BASE_DIR: a copy of the ref already unpacked there (e.g. `git archive <ref> | tar -x -C dir`).
  const baseRoot = process.env.AB_BASE_DIR ?? worktreeOf(ref);
  checkFlowExists(flow, ref, baseRoot);
  const ratios: number[] = [];
  const lines: string[] = [];
  for (let i = 0; i < pairs * 2; i++) {
    const baseFirst = i % 2 === 0;
    const run = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--child',
        baseRoot,
        String(baseFirst),
        flow,
        String(count),
      ],
      {
        cwd: HERE,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    if (run.status === CANNOT_LOAD) {
      const [, who, ...why] = run.stdout.trim().split(' ');
      throw new CannotCompare(
        `${flow} cannot be compared: it does not load ${who === 'base' ? `at ${ref}` : 'in the working tree'}: ${why.join(' ')}`,
      );
    }
    if (run.status !== 0)
      throw new CannotCompare(`the comparison run failed (exit ${run.status}; its output is above)`);
    const micros = new Map(
      run.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ') as [string, string])
        .map(([name, value]) => [name, Number(value)]),
    );
    const [base, work] = [micros.get('base')!, micros.get('work')!];
    // Within one process both versions saw the same machine; across processes the load differs.
    ratios.push(work / base);
    lines.push(
      `  ${baseFirst ? `${ref} loaded first ` : 'working tree first'}  ${ref} ${base.toFixed(3)} · working tree ${work.toFixed(3)} µs  → ${percent(work / base)}`,
    );
  }
  const geometricMean = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
  process.stdout.write(
    `${flow} over ${count.toLocaleString('en-US')} orders, CPU µs per order, ${ROUNDS} interleaved rounds per process:\n${lines.join('\n')}\n` +
      `working tree against ${ref}: ${percent(geometricMean)} (geometric mean of the per-process ratios; under ~4% is noise here)\n`,
  );
}

const percent = (ratio: number) => `${ratio < 1 ? '' : '+'}${((ratio - 1) * 100).toFixed(1)}%`;

const args = process.argv.slice(2);
if (args[0] === '--child') {
  await child(args[1]!, args[2] === 'true', args[3]!, Number(args[4]));
} else if (args.length === 0 || args[0]!.startsWith('-')) {
  process.stderr.write(
    'usage: npx tsx bench/ab.ts <git-ref> [flow name, default promo-routing-decision] [orders, default 100000]  (AB_PAIRS=n: n runs per load order, default 2; AB_ENGINE=built: the built flow module instead of runOrder)\n',
  );
  process.exitCode = 2;
} else {
  try {
    parent(
      args[0]!,
      args[1] ?? 'promo-routing-decision',
      Number(args[2] ?? 100_000),
      Number(process.env.AB_PAIRS ?? 2),
    );
  } catch (error) {
    if (!(error instanceof CannotCompare)) throw error;
    process.stderr.write(`bench/ab.ts: ${error.message}\n`);
    process.exitCode = 1;
  }
}

/**
 * The orders re-read from their JSON, as a host receives them: each tree's validator builds its objects its
 * own way (zod with or without its compiled path, a generated check), and objects of other shapes make every
 * later property read cost more — which would be measured as the run loop's speed.
 */
function sameShapes(orders: readonly unknown[]): unknown[] {
  return orders.map((order) => JSON.parse(JSON.stringify(order)) as unknown);
}
