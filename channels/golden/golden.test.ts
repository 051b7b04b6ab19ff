import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { orderSchema, computeTotals } from '../../runtime/index';
import { normalize, type NormalizeResult } from '../normalize';
import { FIXTURE_CASES, loadCase } from '../node/fixtures';

/** What a golden file holds: everything but the raw record (which is the fixture itself). */
function golden(results: readonly NormalizeResult[]) {
  return results.map((r) =>
    r.ok
      ? {
          ok: true,
          recordPath: r.recordPath,
          order: r.order,
          totals: computeTotals(r.order, []),
          warnings: r.warnings,
          unmapped: r.unmapped,
          events: r.events,
        }
      : { ok: false, recordPath: r.recordPath, problems: r.problems, warnings: r.warnings },
  );
}

const goldenFile = (name: string) => new URL(`./${name}.json`, import.meta.url);

describe('every channel fixture normalizes to its reviewed golden (channels/golden/REVIEW.md)', () => {
  for (const c of FIXTURE_CASES) {
    it(c.name, () => {
      const { payload, related } = loadCase(c);
      const results = normalize(c.channel, payload, related ? { related } : {});
      const actual = JSON.parse(JSON.stringify(golden(results)));
      // UPDATE_GOLDEN=1 rewrites the goldens; review the diff and REVIEW.md before committing them.
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(goldenFile(c.name), `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(goldenFile(c.name)), `channels/golden/${c.name}.json is missing`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(goldenFile(c.name), 'utf8')));
      for (const r of results) if (r.ok) expect(orderSchema.safeParse(r.order).success).toBe(true);
    });
  }

  it('keeps the raw record beside the order, digit for digit', () => {
    const douyin = FIXTURE_CASES.find((c) => c.name === 'douyin-1')!;
    const [result] = normalize('douyin', loadCase(douyin).payload);
    expect(stringify(result!.raw)).toContain('"product_id":3660207428038974464');
    expect(result?.ok && result.order.attributes.productIds).toBe('3660207428038974464');
  });
});
