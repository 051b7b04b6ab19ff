import type { Page } from 'playwright-core';

export interface OpenTiming {
  /** From the user's action (file chosen, row clicked) to every card on the canvas measured and visible. */
  readonly nodesMs: number;
  /** From the same action to the first idle callback after that: the page has settled. */
  readonly idleMs: number;
}

export interface FrameStats {
  readonly frames: number;
  readonly seconds: number;
  readonly fps: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
  /** Frames that took longer than 25 ms (a missed 60 Hz frame and a half). */
  readonly longFrames: number;
}

declare global {
  interface Window {
    __benchOpen?: { start: number; nodes: number; idle: number };
    __benchFrames?: number[];
    __benchRecording?: boolean;
  }
}

/**
 * Arms an in-page stopwatch: it starts on the next `event` whose target matches `selector` (capture
 * phase, before React sees it) and, frame by frame, waits for `expected` cards that React Flow has
 * measured (unmeasured cards are `visibility: hidden`), then for the first idle callback.
 */
export async function armOpenTimer(
  page: Page,
  event: 'change' | 'click',
  selector: string,
  expected: number,
): Promise<void> {
  await page.evaluate(
    ({ event, selector, expected }) => {
      const timing = { start: 0, nodes: 0, idle: 0 };
      window.__benchOpen = timing;
      const watch = () => {
        const cards = document.querySelectorAll<HTMLElement>('.react-flow__node');
        if (cards.length === expected && [...cards].every((card) => card.style.visibility !== 'hidden')) {
          timing.nodes = performance.now();
          requestIdleCallback(() => void (timing.idle = performance.now()));
        } else requestAnimationFrame(watch);
      };
      const onEvent = (e: Event) => {
        if (!(e.target instanceof Element) || !e.target.closest(selector)) return;
        document.removeEventListener(event, onEvent, true);
        timing.start = performance.now();
        requestAnimationFrame(watch);
      };
      document.addEventListener(event, onEvent, true);
    },
    { event, selector, expected },
  );
}

export async function readOpenTimer(page: Page): Promise<OpenTiming> {
  await page.waitForFunction(() => (window.__benchOpen?.idle ?? 0) > 0, null, { timeout: 60_000, polling: 100 });
  const t = (await page.evaluate(() => window.__benchOpen))!;
  return { nodesMs: t.nodes - t.start, idleMs: t.idle - t.start };
}

async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__benchFrames = [];
    window.__benchRecording = true;
    const loop = (time: number) => {
      window.__benchFrames!.push(time);
      if (window.__benchRecording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
}

async function stopFrames(page: Page): Promise<FrameStats> {
  const times = await page.evaluate(() => {
    window.__benchRecording = false;
    return window.__benchFrames ?? [];
  });
  const deltas = times
    .slice(1)
    .map((t, i) => t - times[i]!)
    .sort((a, b) => a - b);
  const seconds = (times.at(-1)! - times[0]!) / 1000;
  const at = (q: number) => deltas[Math.min(deltas.length - 1, Math.floor(q * deltas.length))] ?? Number.NaN;
  return {
    frames: deltas.length,
    seconds,
    fps: deltas.length / seconds,
    meanMs: deltas.reduce((a, b) => a + b, 0) / deltas.length,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    maxMs: deltas.at(-1) ?? Number.NaN,
    longFrames: deltas.filter((d) => d > 25).length,
  };
}

/** requestAnimationFrame deltas with nothing happening: what this headless Chromium gives at best. */
export async function idleFrames(page: Page, ms: number): Promise<FrameStats> {
  await startFrames(page);
  await page.waitForTimeout(ms);
  return stopFrames(page);
}

/**
 * Drags the canvas with the mouse for `ms` (circles of 160 px, a pointer move every few ms) and records
 * requestAnimationFrame deltas meanwhile. Returns the frame figures and how far the view moved.
 */
export async function panFrames(
  page: Page,
  ms: number,
): Promise<FrameStats & { moves: number; viewportChanged: boolean }> {
  const start = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.top + pane.height * 0.3; y < pane.bottom - 20; y += 7) {
      for (let x = pane.left + pane.width * 0.3; x < pane.right - 20; x += 7) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    return null;
  });
  if (!start) throw new Error('no empty spot on the canvas to grab');
  const transform = () =>
    page.evaluate(() => (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform);
  const before = await transform();
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await startFrames(page);
  const began = Date.now();
  let moves = 0;
  let during = before;
  while (Date.now() - began < ms) {
    const elapsed = Date.now() - began;
    const angle = (elapsed / 1000) * Math.PI * 2; // one circle a second
    await page.mouse.move(start.x + 160 * Math.sin(angle), start.y + 160 * (1 - Math.cos(angle)) * 0.5);
    moves++;
    if (during === before && elapsed > 250) during = await transform();
  }
  const stats = await stopFrames(page);
  await page.mouse.up();
  return { ...stats, moves, viewportChanged: during !== before };
}
