/**
 * Interleaved timing. Every round runs every subject over its inputs once, the start rotating so no
 * subject always goes first; warm-up rounds come first and are not counted. Per subject and round:
 *
 * - a throughput pass: the inputs in chunks of CHUNK, each chunk timed as a whole with
 *   process.hrtime.bigint (two clock reads per chunk, so the timer costs nothing per order), and the
 *   process's CPU time (process.cpuUsage, user + system) read around each chunk too: on a machine that
 *   other processes share, wall time includes the time the process waited for a core, CPU time not;
 * - a latency pass: a contiguous window of 1/SAMPLE_EVERY of the inputs (a different window each round),
 *   each order timed on its own, minus the measured cost of two back-to-back clock reads (~40 ns).
 *   These single-order times give the percentiles. The window is contiguous, not every n-th order, so
 *   memory is walked as in the throughput pass (strided picks would time cache misses, not engines).
 *
 * A minor GC runs before each pass (when available) so one subject's garbage is not collected on
 * another's time; GC caused by a subject's own allocations stays on its time, as it should.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';

export interface Subject {
  readonly name: string;
  readonly inputs: readonly unknown[];
  readonly run?: (input: never) => unknown;
  readonly runAsync?: (input: never) => Promise<unknown>;
}

export interface Stats {
  readonly name: string;
  /** Orders timed in the throughput passes, over all counted rounds. */
  readonly orders: number;
  readonly seconds: number;
  readonly ordersPerSecond: number;
  readonly meanMicros: number;
  /** CPU time per order (all of the process's threads, so the GC's helper threads too). */
  readonly cpuMicros: number;
  readonly p50Micros: number;
  readonly p99Micros: number;
  readonly p999Micros: number;
  readonly samples: number;
}

export interface Plan {
  readonly rounds: number;
  readonly warmupRounds: number;
  /** Share of the inputs a warm-up round runs (JIT warm-up needs far fewer orders than a timed round). */
  readonly warmupShare?: number;
  readonly chunk: number;
  readonly sampleEvery: number;
  /** Called between chunks, outside the timed code (memory sampling). */
  readonly between?: () => void;
}

const gc = exposeGc();

function exposeGc(): ((options?: { type: 'minor' | 'major' }) => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
  } catch {
    return undefined;
  }
}

export function collectGarbage(): void {
  gc?.({ type: 'minor' });
}

/** Median cost of two back-to-back clock reads, subtracted from single-order samples. */
export function timerOverheadNs(): number {
  const costs: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const a = process.hrtime.bigint();
    costs.push(Number(process.hrtime.bigint() - a));
  }
  return percentile(
    costs.sort((x, y) => x - y),
    0.5,
  );
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** Keeps results alive so no engine's work can be optimised away. */
const sink: { last: unknown } = { last: undefined };

interface Tally {
  ns: number;
  cpuMicros: number;
  orders: number;
  samples: number[];
}

async function throughputPass(subject: Subject, plan: Plan, tally: Tally | null): Promise<void> {
  const { inputs } = subject;
  const end = tally ? inputs.length : Math.ceil(inputs.length * (plan.warmupShare ?? 1));
  for (let from = 0; from < end; from += plan.chunk) {
    const to = Math.min(end, from + plan.chunk);
    const cpu = process.cpuUsage();
    let ns: bigint;
    if (subject.run) {
      const run = subject.run as (input: unknown) => unknown;
      const t0 = process.hrtime.bigint();
      for (let i = from; i < to; i++) sink.last = run(inputs[i]);
      ns = process.hrtime.bigint() - t0;
    } else {
      const run = subject.runAsync as (input: unknown) => Promise<unknown>;
      const t0 = process.hrtime.bigint();
      for (let i = from; i < to; i++) sink.last = await run(inputs[i]);
      ns = process.hrtime.bigint() - t0;
    }
    const used = process.cpuUsage(cpu);
    if (tally) {
      tally.ns += Number(ns);
      tally.cpuMicros += used.user + used.system;
      tally.orders += to - from;
    }
    plan.between?.();
  }
}

async function latencyPass(
  subject: Subject,
  plan: Plan,
  offset: number,
  overhead: number,
  tally: Tally,
): Promise<void> {
  const { inputs } = subject;
  const size = Math.max(1, Math.floor(inputs.length / plan.sampleEvery));
  const from = (offset * size) % inputs.length;
  for (let i = from; i < Math.min(inputs.length, from + size); i++) {
    let ns: bigint;
    if (subject.run) {
      const t0 = process.hrtime.bigint();
      sink.last = (subject.run as (input: unknown) => unknown)(inputs[i]);
      ns = process.hrtime.bigint() - t0;
    } else {
      const t0 = process.hrtime.bigint();
      sink.last = await (subject.runAsync as (input: unknown) => Promise<unknown>)(inputs[i]);
      ns = process.hrtime.bigint() - t0;
    }
    tally.samples.push(Math.max(0, Number(ns) - overhead));
  }
  plan.between?.();
}

export async function interleave(
  subjects: readonly Subject[],
  plan: Plan,
  onRound?: (round: number) => void,
): Promise<Stats[]> {
  const overhead = timerOverheadNs();
  const tallies: Tally[] = subjects.map(() => ({ ns: 0, cpuMicros: 0, orders: 0, samples: [] }));
  for (let round = 0; round < plan.warmupRounds + plan.rounds; round++) {
    const counted = round >= plan.warmupRounds;
    for (let k = 0; k < subjects.length; k++) {
      const index = (round + k) % subjects.length;
      const subject = subjects[index]!;
      collectGarbage();
      await throughputPass(subject, plan, counted ? tallies[index]! : null);
      if (counted) {
        collectGarbage();
        await latencyPass(subject, plan, round, overhead, tallies[index]!);
      }
    }
    onRound?.(round);
  }
  return subjects.map((subject, i) => {
    const { ns, cpuMicros, orders, samples } = tallies[i]!;
    const sorted = samples.sort((a, b) => a - b);
    return {
      name: subject.name,
      orders,
      seconds: ns / 1e9,
      ordersPerSecond: orders / (ns / 1e9),
      meanMicros: ns / orders / 1e3,
      cpuMicros: cpuMicros / orders,
      p50Micros: percentile(sorted, 0.5) / 1e3,
      p99Micros: percentile(sorted, 0.99) / 1e3,
      p999Micros: percentile(sorted, 0.999) / 1e3,
      samples: sorted.length,
    };
  });
}
