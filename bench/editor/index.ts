/**
 * The editor in headless Chromium (Debian's, never a downloaded one): how long a 500-node flow takes to
 * open through the UI, the frame times while panning it with the mouse, and the size of the script the
 * first page load needs. Prints figures; asserts nothing.
 *
 *   npx tsx bench/editor/index.ts        (alone)     · npm run bench   (after the runtime figures)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { launchBrowser } from '../../editor/e2e/browser';
import { heading, table } from '../print';
import { bundleFigures, type BundleFigures } from './bundle-size';
import { largeFlow } from './large-flow';
import { armOpenTimer, idleFrames, panFrames, readOpenTimer, type FrameStats, type OpenTiming } from './measure-ui';
import { runSimulationBench } from './simulation-bench';
import { RETURNING_USER } from './returning-user';

const NODES = 500;
const RUNS = 3;
const PAN_MS = 2000;
const AIMS = { openMs: 1000, fps: 60, initialKiB: 400 };
const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${Math.round(value)} ms`;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runEditorBench(
  print: (text: string) => void = (text) => process.stdout.write(`${text}\n`),
): Promise<void> {
  print(heading(`Editor: a ${NODES}-node flow in headless Chromium, and the first page load`));
  const outDir = await mkdtemp(join(tmpdir(), 'orderflow-bench-editor-'));
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    const built = Date.now();
    await build({ configFile: CONFIG, logLevel: 'silent', build: { outDir, emptyOutDir: true, manifest: true } });
    print(`production build (vite build, manifest on) in ${((Date.now() - built) / 1000).toFixed(1)} s`);
    printBundle(print, await bundleFigures(outDir));

    server = await preview({
      configFile: CONFIG,
      build: { outDir },
      preview: { port: 0, host: '127.0.0.1', strictPort: false },
      logLevel: 'silent',
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server did not report its address');
    browser = await launchBrowser();
    const text = `${JSON.stringify(largeFlow(NODES), null, 2)}\n`;

    const imports: OpenTiming[] = [];
    const opens: OpenTiming[] = [];
    let frames: { idle: FrameStats; pan: Awaited<ReturnType<typeof panFrames>> } | undefined;
    for (let run = 0; run < RUNS; run++) {
      const page = await freshEditor(browser, url);
      imports.push(await openByImport(page, text));
      opens.push(await openFromList(page, `Bench ${NODES} nodes`));
      // Frames once, on the last run (everything warm, the flow just opened from the list).
      if (run === RUNS - 1) frames = { idle: await idleFrames(page, 1000), pan: await panFrames(page, PAN_MS) };
      await page.context().close();
    }
    printOpen(print, imports, opens);
    if (frames) printFrames(print, frames.idle, frames.pan);
    await runSimulationBench(print, { browser, url });
  } finally {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
  }
}

/** A new browser context (empty IndexedDB), the editor loaded and its example flows stored. */
async function freshEditor(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
  // tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls __name().
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript({ content: RETURNING_USER });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('tab', { name: 'My flows' }).click();
  await page.locator('.of-flow').first().waitFor();
  return page;
}

/** The top bar's Import with the real file chooser: read, validate, replace the document, draw it. */
async function openByImport(page: Page, text: string): Promise<OpenTiming> {
  await armOpenTimer(page, 'change', 'input[type="file"]', NODES);
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('banner').getByRole('button', { name: 'Import', exact: true }).click(),
  ]);
  await chooser.setFiles({ name: 'bench.flow.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  return readOpenTimer(page);
}

/** Back to a small example, then the big flow again from "My flows" (read from IndexedDB). */
async function openFromList(page: Page, name: string): Promise<OpenTiming> {
  await page.getByRole('button', { name: /✓ Saved/ }).waitFor({ timeout: 30_000 }); // autosave wrote the imported flow
  const list = page.getByRole('region', { name: 'Flows' });
  await list.getByRole('button', { name: /VIP priority/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length < 50);
  await armOpenTimer(page, 'click', '.of-flow-open', NODES);
  await list.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  return readOpenTimer(page);
}

function printBundle(print: (text: string) => void, b: BundleFigures): void {
  print(
    table(
      ['first page load', 'files', 'raw', 'gzip'],
      [
        [
          'JavaScript: entry + static imports',
          String(b.initial.files.length),
          kib(b.initial.bytes),
          kib(b.initial.gzip),
        ],
        ['CSS', '', kib(b.initialCss.bytes), kib(b.initialCss.gzip)],
        [
          'later, on demand: Monaco (JSON view, raw rules)',
          b.monaco ? '1' : '0',
          b.monaco ? kib(b.monaco.bytes) : '–',
          b.monaco ? kib(b.monaco.gzip) : '–',
        ],
        ['  Monaco language workers', '2', kib(b.monacoWorkers.bytes), kib(b.monacoWorkers.gzip)],
        [
          '  other lazy chunks (flows db, rule builder, ELK, examples…)',
          String(b.lazy.count),
          kib(b.lazy.bytes),
          kib(b.lazy.gzip),
        ],
      ],
      [1, 2, 3],
    ),
  );
  print(
    `initial script ${kib(b.initial.gzip)} gzip: aim < ${AIMS.initialKiB} KiB — ${b.initial.gzip / 1024 < AIMS.initialKiB ? 'met' : 'NOT met'} (${b.initial.files.join(', ')})`,
  );
}

function printOpen(print: (text: string) => void, imports: readonly OpenTiming[], opens: readonly OpenTiming[]): void {
  const row = (label: string, runs: readonly OpenTiming[], key: keyof OpenTiming) => [
    label,
    ms(median(runs.map((r) => r[key]))),
    runs.map((r) => ms(r[key])).join(' · '),
  ];
  print('');
  print(
    table(
      [`open ${NODES} nodes (${RUNS} fresh pages)`, 'median', 'runs'],
      [
        row('Import file → all cards drawn', imports, 'nodesMs'),
        row('Import file → first idle callback', imports, 'idleMs'),
        row('My flows click → all cards drawn', opens, 'nodesMs'),
        row('My flows click → first idle callback', opens, 'idleMs'),
      ],
      [1],
    ),
  );
  const worst = Math.max(median(imports.map((r) => r.idleMs)), median(opens.map((r) => r.idleMs)));
  print(
    `open: aim < ${AIMS.openMs} ms to idle — ${worst < AIMS.openMs ? 'met' : 'NOT met'} (median of the slower path ${ms(worst)})`,
  );
}

function printFrames(
  print: (text: string) => void,
  idle: FrameStats,
  pan: Awaited<ReturnType<typeof panFrames>>,
): void {
  const row = (label: string, s: FrameStats) => [
    label,
    String(s.frames),
    s.fps.toFixed(1),
    s.meanMs.toFixed(1),
    s.p50Ms.toFixed(1),
    s.p95Ms.toFixed(1),
    s.maxMs.toFixed(1),
    String(s.longFrames),
  ];
  print('');
  print(
    table(
      ['requestAnimationFrame deltas', 'frames', 'frames/s', 'mean ms', 'p50 ms', 'p95 ms', 'max ms', '> 25 ms'],
      [
        row('idle, nothing moving (1 s)', idle),
        row(`panning ${NODES} nodes with the mouse (${(PAN_MS / 1000).toFixed(0)} s)`, pan),
      ],
      [1, 2, 3, 4, 5, 6, 7],
    ),
  );
  print(
    `pan: ${pan.moves} pointer moves, view ${pan.viewportChanged ? 'moved' : 'DID NOT MOVE'}; aim ${AIMS.fps} frames/s — ${pan.fps >= AIMS.fps * 0.95 ? 'met' : 'NOT met'} (${pan.fps.toFixed(1)}; headless, software rendering, --disable-gpu)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runEditorBench();
