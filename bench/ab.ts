/**
 * Is a change to the runtime faster? `npx tsx bench/ab.ts <git-ref> [flow] [orders]` runs the
 * working tree's `runOrder` against `<git-ref>`'s (default flow: the benchmark decision), interleaved in
 * one process, each on orders its own code validated. Prints CPU µs per order for both, per process, and the change.
 *
 * Why not two `npm run bench` runs: on a shared machine absolute figures move by 20% or more between
 * runs, more than most changes. In one process both versions see the same disturbances. Which version
 * is loaded first also matters (by 10–20% here), so the comparison runs in child processes, half with
 * each version loaded first, and takes the geometric mean of the per-process ratios.
 *
 * The ref is checked out once into a git worktree under the system temp directory (node_modules linked).
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

/** Compiles `flow` with the code under `root` and validates the bench orders with that code's schema. */
async function load(name: string, root: string, flow: string, count: number): Promise<Version> {
  const { compileOrThrow } = (await import(
    join(root, 'bench/engines/orderflow.ts')
  )) as typeof import('./engines/orderflow');
  const { benchOrders, exampleContext } = (await import(join(root, 'bench/orders.ts'))) as typeof import('./orders');
  const { runOrder } = (await import(join(root, 'runtime/index.ts'))) as typeof import('../runtime/index');
  const plan = compileOrThrow(join(root, 'examples/flows', `${flow}.flow.json`));
  const ctx = exampleContext();
  return { name, run: (order: never) => runOrder(plan, order, ctx), orders: benchOrders(count).orders };
}

/** One load order, in this process: prints `name cpuMicros` lines for the parent. */
async function child(baseRoot: string, baseFirst: boolean, flow: string, count: number): Promise<void> {
  const versions = baseFirst
    ? [await load('base', baseRoot, flow, count), await load('work', HERE, flow, count)]
    : [await load('work', HERE, flow, count), await load('base', baseRoot, flow, count)];
  const stats = await interleave(
    versions.map((v) => ({ name: v.name, inputs: v.orders, run: v.run })),
    { rounds: ROUNDS, warmupRounds: 1, warmupShare: 0.25, chunk: 500, sampleEvery: 10 },
  );
  for (const s of stats) process.stdout.write(`${s.name} ${s.cpuMicros}\n`);
}

/** A worktree of `ref` (reused when it already exists), with this project's node_modules linked in. */
function worktreeOf(ref: string): string {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: HERE, encoding: 'utf8' }).trim();
  const dir = join(tmpdir(), `orderflow-ab-${sha.slice(0, 12)}`);
  if (!existsSync(dir) || readdirSync(dir).length === 0)
    execFileSync('git', ['worktree', 'add', '--force', '--detach', dir, sha], { cwd: HERE, stdio: 'ignore' });
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(HERE, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Runs the comparison in `pairs` × 2 child processes (each load order `pairs` times). */
function parent(ref: string, flow: string, count: number, pairs: number): void {
  const baseRoot = worktreeOf(ref);
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
    if (run.status !== 0) throw new Error(`the comparison run failed (exit ${run.status})`);
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
    'usage: npx tsx bench/ab.ts <git-ref> [flow name, default promo-routing-decision] [orders, default 100000]  (AB_PAIRS=n: n runs per load order, default 2)\n',
  );
  process.exitCode = 2;
} else {
  parent(args[0]!, args[1] ?? 'promo-routing-decision', Number(args[2] ?? 100_000), Number(process.env.AB_PAIRS ?? 2));
}
