/**
 * The Simulate tab's Batch in headless Chromium (Debian's): 100,000 generated orders imported through
 * the data set bar's file input (JSONL), then "Run on all orders" on the VIP priority example, in the
 * real module workers. Measures, in the page: the time from the click on Run to the summary on screen,
 * orders per second, and the main thread's long tasks ('longtask' entries, > 50 ms) during that time;
 * then, per worker, where its time went (the job client's User Timing mark). Prints figures; asserts nothing.
 *
 *   npx tsx bench/editor/simulation-bench.ts      (alone: builds and serves the editor itself)
 *   npm run bench                                 (from runEditorBench, on its build and browser)
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { generateOrders } from '../../examples/generate-data';
import { launchBrowser } from '../../editor/e2e/browser';
import { heading, table } from '../print';
import { RETURNING_USER } from './returning-user';

const ORDERS = 100_000;
const SEED = 20261111;
const NOW = '2026-11-11T10:00:00+08:00';
const FLOW = '会员优先 VIP priority';
const AIMS = { wallMs: 2000, longTaskMs: 50 };
const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

export interface SimulationBenchFigures {
  readonly orders: number;
  readonly importMs: number;
  readonly wallMs: number;
  readonly ordersPerSecond: number;
  readonly longTasks: number;
  readonly longestTaskMs: number;
  readonly longTaskTotalMs: number;
  readonly summaryOrders: string;
  /** From the click to the first progress drawn (the records handed to the worker), and to a full bar. */
  readonly firstProgressMs: number;
  readonly progressFullMs: number;
  /** Every long task during the batch: its start after the click, its length. */
  readonly taskList: readonly string[];
  /** Per worker, from the batch's User Timing mark: orders, start after spawn, load / run / store ms. */
  readonly workers: readonly WorkerTimings[];
  /** Long tasks after the summary until the run is saved with its per-order results (heat map, saving). */
  readonly tasksAfterSummary: readonly string[];
}

/** What the job client marks per worker (`orderflow-simulation-batch`, detail.workers). */
export interface WorkerTimings {
  readonly orders: number;
  readonly startMs: number;
  readonly loadMs: number;
  readonly runMs: number;
  readonly storeMs: number;
}

declare global {
  interface Window {
    __benchLongTasks?: { start: number; duration: number }[];
    __benchBatch?: { start: number; firstProgress: number; allDone: number; end: number };
  }
}

/** Records every long task of the page from its first script on (buffered entries included). */
const LONG_TASK_OBSERVER = `
  globalThis.__name = (fn) => fn;
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** Runs on an editor already served at `url` with an already launched browser (runEditorBench's). */
export async function runSimulationBench(
  print: (text: string) => void,
  on: { browser: Browser; url: string },
): Promise<SimulationBenchFigures> {
  print('');
  print(
    heading(`Simulation: ${ORDERS.toLocaleString('en-US')} orders through "${FLOW}" in the browser worker (Batch tab)`),
  );
  const dir = await mkdtemp(join(tmpdir(), 'orderflow-bench-sim-'));
  try {
    const generated = Date.now();
    const file = join(dir, `orders-${ORDERS}.jsonl`);
    const orders = generateOrders({ seed: SEED, count: ORDERS, now: NOW });
    await writeFile(file, `${orders.map((order) => JSON.stringify(order)).join('\n')}\n`);
    print(`generated ${ORDERS} orders (seed ${SEED}) as JSONL in ${((Date.now() - generated) / 1000).toFixed(1)} s`);

    const context = await on.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await context.addInitScript({ content: LONG_TASK_OBSERVER });
    await context.addInitScript({ content: RETURNING_USER });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(on.url);
      await openFlow(page, FLOW);
      const importMs = await importDataset(page, file);
      const figures = await runBatch(page);
      const result = { orders: ORDERS, importMs, ...figures };
      printFigures(print, result);
      if (errors.length > 0) print(`page errors: ${errors.join(' | ')}`);
      return result;
    } finally {
      await context.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function openFlow(page: Page, name: string): Promise<void> {
  await page.locator('.react-flow__node .card').first().waitFor({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'My flows' }).click();
  await page
    .getByRole('region', { name: 'Flows' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await page.waitForFunction(
    (expected) =>
      (document.querySelector('input[aria-label="Flow name"]') as HTMLInputElement | null)?.value === expected,
    name,
  );
  await page.getByRole('tab', { name: 'Simulate', exact: true }).click();
  await page
    .getByRole('region', { name: 'Simulation' })
    .getByRole('tab', { name: 'Batch', exact: true })
    .waitFor({ timeout: 30_000 });
}

/** The data set bar's file input, as a person picks the file: parsed and stored in IndexedDB, then selected. */
async function importDataset(page: Page, file: string): Promise<number> {
  const sim = page.getByRole('region', { name: 'Simulation' });
  const started = Date.now();
  await sim.locator('.sim-datasets input[type="file"]').setInputFiles(file);
  await sim
    .getByRole('status')
    .filter({ hasText: /^Imported \d+ orders/ })
    .waitFor({ timeout: 300_000 });
  // The data set is selected and loaded back from IndexedDB before the tabs can run it.
  await page.waitForFunction(() => !document.querySelector('.sim-panel > p.muted'), null, {
    timeout: 300_000,
    polling: 100,
  });
  return Date.now() - started;
}

/** Clicks Run on the Batch tab; the in-page stopwatch stops when the summary's order count is on screen. */
async function runBatch(page: Page): Promise<Omit<SimulationBenchFigures, 'orders' | 'importMs'>> {
  const sim = page.getByRole('region', { name: 'Simulation' });
  await sim.getByRole('tab', { name: 'Batch', exact: true }).click();
  const run = sim.getByRole('button', { name: 'Run on all orders' });
  await run.waitFor();
  await page.evaluate(() => {
    const timing = { start: 0, firstProgress: 0, allDone: 0, end: 0 };
    window.__benchBatch = timing;
    const watch = () => {
      const progress = document.querySelector<HTMLProgressElement>('.sim-batch progress');
      if (progress && progress.value > 0 && timing.firstProgress === 0) timing.firstProgress = performance.now();
      if (progress && progress.value >= progress.max && progress.max > 1 && timing.allDone === 0)
        timing.allDone = performance.now();
      if (document.querySelector('[data-testid="sim-orders"]')) timing.end = performance.now();
      else requestAnimationFrame(watch);
    };
    const onClick = (e: Event) => {
      if (!(e.target instanceof Element) || !e.target.closest('.sim-batch button.primary')) return;
      document.removeEventListener('click', onClick, true);
      timing.start = performance.now();
      requestAnimationFrame(watch);
    };
    document.addEventListener('click', onClick, true);
  });
  await run.click();
  await page.waitForFunction(() => (window.__benchBatch?.end ?? 0) > 0, null, { timeout: 600_000, polling: 50 });
  // The workers' timings are marked once they have also written every order's result (after the summary);
  // the run is saved then, and Export offered.
  const marked = await page
    .waitForFunction(() => performance.getEntriesByName('orderflow-simulation-batch').length > 0, null, {
      timeout: 60_000,
      polling: 50,
    })
    .then(
      () => true,
      () => false,
    );
  await sim
    .getByRole('button', { name: 'Export CSV' })
    .and(page.locator(':enabled'))
    .waitFor({ timeout: 60_000 })
    .catch(() => undefined);
  const measured = await page.evaluate(() => {
    const { start, firstProgress, allDone, end } = window.__benchBatch!;
    const tasks = (window.__benchLongTasks ?? []).filter((t) => t.start + t.duration > start && t.start < end);
    const mark = performance.getEntriesByName('orderflow-simulation-batch').at(-1) as PerformanceMark | undefined;
    const workers = (mark?.detail as { workers?: WorkerTimings[] } | undefined)?.workers ?? [];
    const after = (window.__benchLongTasks ?? []).filter((t) => t.start >= end);
    return { start, firstProgress, allDone, end, tasks, workers, after };
  });
  const at = (time: number) => (time > 0 ? time - measured.start : Number.NaN);
  const wallMs = measured.end - measured.start;
  const durations = measured.tasks.map((t) => t.duration);
  return {
    wallMs,
    ordersPerSecond: ORDERS / (wallMs / 1000),
    longTasks: durations.filter((d) => d > AIMS.longTaskMs).length,
    longestTaskMs: durations.length > 0 ? Math.max(...durations) : 0,
    longTaskTotalMs: durations.reduce((a, b) => a + b, 0),
    summaryOrders: (await sim.getByTestId('sim-orders').textContent()) ?? '',
    firstProgressMs: at(measured.firstProgress),
    progressFullMs: at(measured.allDone),
    taskList: measured.tasks.map((t) => `+${Math.round(t.start - measured.start)} ms: ${Math.round(t.duration)} ms`),
    workers: marked ? measured.workers : [],
    tasksAfterSummary: measured.after.map(
      (t) => `+${Math.round(t.start - measured.start)} ms: ${Math.round(t.duration)} ms`,
    ),
  };
}

function printFigures(print: (text: string) => void, f: SimulationBenchFigures): void {
  const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
  print(
    table(
      ['batch in the browser', 'value'],
      [
        ['import JSONL through the file input (parse + IndexedDB + reload), not timed below', ms(f.importMs)],
        ['click "Run on all orders" → summary on screen', ms(f.wallMs)],
        ['  click → first progress drawn', ms(f.firstProgressMs)],
        ['  click → progress bar full (last chunk reported)', ms(f.progressFullMs)],
        ['orders / s', Math.round(f.ordersPerSecond).toLocaleString('en-US')],
        ['orders in the summary', f.summaryOrders],
        [`main-thread long tasks during the batch (> ${AIMS.longTaskMs} ms)`, String(f.longTasks)],
        ['longest main-thread task', ms(f.longestTaskMs)],
        ['all long tasks together', ms(f.longTaskTotalMs)],
      ],
      [1],
    ),
  );
  if (f.taskList.length > 0) print(`long tasks after the click: ${f.taskList.join(' · ')}`);
  print(
    `long tasks after the summary until the results are stored and the run saved (not timed): ${f.tasksAfterSummary.length === 0 ? 'none' : f.tasksAfterSummary.join(' · ')}`,
  );
  f.workers.forEach((w, i) => {
    print(
      `worker ${i + 1}/${f.workers.length}: ${w.orders.toLocaleString('en-US')} orders · started ${ms(w.startMs)} after the spawn · load pages ${ms(w.loadMs)} · run ${ms(w.runMs)} · then store results ${ms(w.storeMs)}`,
    );
  });
  print(
    `batch: aim < ${AIMS.wallMs} ms — ${f.wallMs < AIMS.wallMs ? 'met' : 'NOT met'} (${ms(f.wallMs)}); no main-thread task over ${AIMS.longTaskMs} ms — ${f.longTasks === 0 ? 'met' : `NOT met (${f.longTasks}, longest ${ms(f.longestTaskMs)})`}`,
  );
}

/** Alone: builds the editor into a temporary directory, serves it, launches Chromium. */
async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'orderflow-bench-sim-build-'));
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    await build({ configFile: CONFIG, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    server = await preview({
      configFile: CONFIG,
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'silent',
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server did not report its address');
    browser = await launchBrowser();
    await runSimulationBench((text) => process.stdout.write(`${text}\n`), { browser, url });
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
