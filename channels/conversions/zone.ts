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
      zone = { name, offsetAt: (epochMs) => intlOffset(format, epochMs) };
    } catch {
      return undefined;
    }
  }
  cache.set(name, zone);
  return zone;
}

function intlOffset(format: Intl.DateTimeFormat, epochMs: number): number {
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
