import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_CHANNELS, normalize } from '../../../channels/index';
import { SAMPLE_PAYLOADS, samplePayload } from './index';

const golden = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', 'channels', 'golden', `${name}.json`), 'utf8'),
  ) as { ok: boolean; order?: { id: string } }[];

describe('the Channels page samples', () => {
  it('exist for every built-in channel (tmall shares taobao’s), and stay small', () => {
    expect(Object.keys(SAMPLE_PAYLOADS).sort()).toEqual(BUILT_IN_CHANNELS.map((c) => c.channel).sort());
    expect(samplePayload('tmall')).toBe(SAMPLE_PAYLOADS.taobao);
    for (const text of Object.values(SAMPLE_PAYLOADS)) expect(text.length).toBeLessThan(2500);
  });

  it.each(BUILT_IN_CHANNELS.map((c) => c.channel))(
    '%s: normalizes to the same order as the full fixture (its golden)',
    (channel) => {
      const results = normalize(channel, samplePayload(channel)!);
      expect(results.map((r) => r.ok)).toEqual([true]);
      const order = results[0]!.ok ? results[0]!.order : undefined;
      const expected = golden(`${channel}-1`).find((g) => g.ok && g.order?.id === order?.id)?.order;
      expect(expected).toBeDefined();
      expect(JSON.parse(JSON.stringify(order))).toEqual(expected);
    },
  );

  it('keeps the Douyin product id above 2^53 digit for digit', () => {
    expect(samplePayload('douyin')).toContain('"product_id": 3660207428038974464');
  });
});
