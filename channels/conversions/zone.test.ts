import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intlOffset, resolveZone } from './zone';

/** Zones that change their offset (daylight saving; Lord Howe by half an hour, St John's and Chatham at odd offsets). */
const CHANGING = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham'];
const ZONES = [...CHANGING, 'Asia/Shanghai', 'Asia/Kathmandu'];

const formatOf = (timeZone: string) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

const HOUR = 3_600_000;
/** Instants around every offset change of 2024–2025, where remembering an hour's offset could go wrong. */
function aroundChanges(timeZone: string): number[] {
  const format = formatOf(timeZone);
  const out: number[] = [];
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += HOUR) {
    if (intlOffset(format, t) === intlOffset(format, t + HOUR)) continue;
    for (let m = -90; m <= 150; m += 11) out.push(t + m * 60_000 + 13_000);
  }
  return out;
}

describe('a zone remembers its offset by the hour and still gives the offset of every instant', () => {
  it.each(CHANGING)('%s, around each change of offset, in any order of asking', (name) => {
    const exact = formatOf(name);
    const instants = aroundChanges(name);
    expect(instants.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.shuffledSubarray(instants, { minLength: 1 }), (order) => {
        const zone = resolveZone(name)!;
        for (const t of order) expect(zone.offsetAt(t)).toBe(intlOffset(exact, t));
      }),
      { numRuns: 10 },
    );
  });

  it('at random instants from 1900 to 2100 in every zone', () => {
    const exact = new Map(ZONES.map((z) => [z, formatOf(z)]));
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        (name, t) => {
          expect(resolveZone(name)!.offsetAt(t)).toBe(intlOffset(exact.get(name)!, t));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
