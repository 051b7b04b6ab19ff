import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { armOfBucket, assignArm, assignmentKey, bucketOf, BUCKETS, type Arm } from './assignment';

/** Share of each arm over n sequential order ids, in percent. */
function shares(n: number, percent: number, salt: string, key: (i: number) => string): Record<Arm, number> {
  const counts: Record<Arm, number> = { candidate: 0, baseline: 0, rest: 0 };
  for (let i = 0; i < n; i++) counts[assignArm(key(i), percent, salt)]++;
  return {
    candidate: (counts.candidate / n) * 100,
    baseline: (counts.baseline / n) * 100,
    rest: (counts.rest / n) * 100,
  };
}

// jsdom ships no types; only its constructor and window.eval are used here.
interface JsdomWindow {
  eval(code: string): unknown;
  close(): void;
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { runScripts: 'outside-only' }) => { window: JsdomWindow };
};

describe('rollout assignment', () => {
  it('over 1M ids, each arm is within ±0.2 percentage points of its target', () => {
    const ids = [(i: number) => `order-${i}`, (i: number) => `customer:TM${(1_000_000 + i * 7).toString(36)}`];
    const seen: string[] = [];
    for (const [percent, salt, key] of [
      [5, 'ro_a', ids[0]!],
      [25, 'ro_b', ids[1]!],
      [50, 'ro_c', ids[0]!],
      [80, 'ro_d', ids[1]!],
    ] as const) {
      const s = shares(1_000_000, percent, salt, key);
      const baselineTarget = Math.min(percent, 100 - percent);
      expect(Math.abs(s.candidate - percent), `candidate at ${percent}%`).toBeLessThanOrEqual(0.2);
      expect(Math.abs(s.baseline - baselineTarget), `baseline at ${percent}%`).toBeLessThanOrEqual(0.2);
      seen.push(`${percent}%: candidate ${s.candidate.toFixed(3)}, baseline ${s.baseline.toFixed(3)}`);
    }
    console.log(`assignment over 1M ids: ${seen.join('; ')}`);
  });

  it('a ramp only adds customers: whoever has the candidate keeps it at every higher percent', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1 }),
        fc.string(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (key, salt, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          if (assignArm(key, low, salt) === 'candidate') expect(assignArm(key, high, salt)).toBe('candidate');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('buckets are integers in 0..9999 and arms never overlap; the baseline has the candidate size up to 50%', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, salt) => {
        const bucket = bucketOf(key, salt);
        expect(Number.isInteger(bucket) && bucket >= 0 && bucket < BUCKETS).toBe(true);
      }),
    );
    for (const percent of [0, 0.01, 5, 33.33, 50, 75, 100]) {
      const arms: Record<Arm, number> = { candidate: 0, baseline: 0, rest: 0 };
      for (let b = 0; b < BUCKETS; b++) arms[armOfBucket(b, percent)]++;
      expect(arms.candidate).toBe(Math.round(percent * 100));
      expect(arms.baseline).toBe(Math.min(arms.candidate, BUCKETS - arms.candidate));
    }
  });

  it('keys by customer, so one customer sees one version; anonymous orders by their id', () => {
    expect(assignmentKey({ id: 'A-1', customer: { id: 'C-9' } })).toBe(
      assignmentKey({ id: 'A-2', customer: { id: 'C-9' } }),
    );
    expect(assignmentKey({ id: 'A-1', customer: null })).toBe('order:A-1');
    expect(assignmentKey({ id: 'A-1', customer: { id: '' } })).toBe('order:A-1');
  });

  it('the browser bundle assigns exactly as the server does (ids with 中文 and emoji included)', async () => {
    // The same source, bundled for the browser as the editor is and run inside a jsdom window.
    const bundled = await build({
      entryPoints: [join(import.meta.dirname, 'assignment.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'Assignment',
      platform: 'browser',
      write: false,
    });
    const browserWindow = new JSDOM('<!doctype html>', { runScripts: 'outside-only' }).window;
    browserWindow.eval(`${bundled.outputFiles[0]!.text};globalThis.Assignment = Assignment;`);
    const browser = (browserWindow as unknown as { Assignment: { bucketOf(key: string, salt: string): number } })
      .Assignment;
    const keys = Array.from({ length: 5000 }, (_, i) => [`order-${i}`, `customer:张三${i}`, `🛒${i}é`][i % 3]!);
    const inBrowser = keys.map((k) => browser.bucketOf(k, 'ro_1'));
    expect(inBrowser).toEqual(keys.map((k) => bucketOf(k, 'ro_1')));
    expect(new Set(inBrowser).size).toBeGreaterThan(3000); // not a constant
    browserWindow.close();
  });
});
