/**
 * Time zones for channel timestamps: a fixed offset ("+08:00") or an IANA name ("Asia/Shanghai",
 * "America/New_York") resolved with Intl, which browsers and Node both carry (no tz database here).
 */
export interface Zone {
  readonly name: string;
  /** Offset from UTC in minutes at an instant. */
  offsetAt(epochMs: number): number;
}

const FIXED = /^(?:Z|UTC|([+-])(\d{2}):?(\d{2}))$/;

function fixed(name: string, minutes: number): Zone {
  return { name, offsetAt: () => minutes };
}

const cache = new Map<string, Zone>();

/** Resolves a zone name, or returns undefined when neither a fixed offset nor a zone Intl knows. */
export function resolveZone(name: string): Zone | undefined {
  const known = cache.get(name);
  if (known) return known;
  const match = FIXED.exec(name);
  let zone: Zone | undefined;
  if (match) {
    const [, sign, hh = '0', mm = '0'] = match;
    zone = fixed(name, (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm)));
  } else {
    try {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      zone = { name, offsetAt: byTheHour(format) };
    } catch {
      return undefined;
    }
  }
  cache.set(name, zone);
  return zone;
}

const HOUR_MS = 3_600_000;
/** Hours remembered per zone before the memo starts again (a year of hours, a few hundred KB at most). */
const MEMO_HOURS = 10_000;

/**
 * A zone's offset, remembered by the UTC hour: asking Intl costs ~5 µs and every order has a few times, mostly
 * in the same hours. Only an hour whose first and last millisecond have the offset of the asked instant is
 * remembered (no zone changes its offset twice within an hour); an hour with a change is asked each time.
 */
function byTheHour(format: Intl.DateTimeFormat): (epochMs: number) => number {
  const byHour = new Map<number, number>();
  return (epochMs) => {
    const hour = Math.floor(epochMs / HOUR_MS);
    const known = byHour.get(hour);
    if (known !== undefined) return known;
    const offset = intlOffset(format, epochMs);
    const start = hour * HOUR_MS;
    if (intlOffset(format, start) === offset && intlOffset(format, start + HOUR_MS - 1) === offset) {
      if (byHour.size >= MEMO_HOURS) byHour.clear();
      byHour.set(hour, offset);
    }
    return offset;
  };
}

/** The zone's offset in minutes at an instant, as Intl reads it (to the second, rounded to minutes). */
export function intlOffset(format: Intl.DateTimeFormat, epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(epochMs)))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60000);
}

/**
 * The instant of a wall-clock time in a zone. In a daylight-saving gap or overlap the earlier
 * reading of the offset wins — channels that write local times cannot tell us better.
 */
export function localToEpoch(wallClockAsUtcMs: number, zone: Zone): number {
  const first = zone.offsetAt(wallClockAsUtcMs);
  const guess = wallClockAsUtcMs - first * 60000;
  const second = zone.offsetAt(guess);
  return wallClockAsUtcMs - second * 60000;
}
