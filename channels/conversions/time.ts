import { describeValue, numberText } from '../json/values';
import { divide, parseDecimal } from './decimal';
import type { Converted } from './result';
import { localToEpoch, type Zone } from './zone';

/** How a channel writes a moment. */
export type TimeForm = 'iso' | 'local' | 'utc' | 'unixSeconds' | 'unixMillis' | 'rfc2822';

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC2822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*)?(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+([+-]\d{4}|UT|UTC|GMT|Z|[ECMP][SD]T)$/;
const NAMED_OFFSETS: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Renders an instant with an offset: 2024-11-18T15:55:51+08:00 (Z for UTC when `utcAsZ`). */
export function formatInstant(epochMs: number, offsetMinutes: number, utcAsZ = false): string {
  const local = new Date(epochMs + offsetMinutes * 60000);
  const ms = local.getUTCMilliseconds();
  const clock = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`;
  if (offsetMinutes === 0 && utcAsZ) return `${clock}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${clock}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Wall-clock fields as if UTC; undefined when a field is out of range (2023-02-30, 25:00). */
function wallClock(y: number, mo: number, d: number, h: number, mi: number, s: number): number | undefined {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(ms);
  if (
    y < 1 ||
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== mo - 1 ||
    date.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return undefined;
  return ms;
}

function offsetMinutes(text: string): number {
  if (text === 'Z') return 0;
  const digits = text.replace(':', '');
  return (digits[0] === '-' ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
}

function fromIso(text: string, form: TimeForm, zone: Zone | undefined): Converted<string> {
  const m = ISO.exec(text.trim());
  if (!m)
    return { ok: false, problem: `"${text}" is not a date-time like 2023-03-01 12:00:00 or 2023-03-01T12:00:00+08:00` };
  const [, y, mo, d, h, mi, s = '0', fraction = '', offset] = m;
  const wall = wallClock(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
  if (wall === undefined) return { ok: false, problem: `"${text}" is not a real date and time` };
  const clock = `${y}-${mo}-${d}T${h}:${mi}:${pad(Number(s))}${fraction}`;
  if (offset) {
    if (form === 'local')
      return { ok: false, problem: `"${text}" carries an offset but the mapping reads it as local time; use time.iso` };
    // The payload's own offset is kept as written: it is the truth the channel sent.
    return {
      ok: true,
      value:
        offset === 'Z'
          ? `${clock}Z`
          : `${clock}${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`,
    };
  }
  if (form === 'utc') return { ok: true, value: render(wall + fractionMs(fraction), zone) };
  if (!zone) return { ok: false, problem: `"${text}" has no offset and the mapping declares no timeZone for it` };
  const epoch = localToEpoch(wall, zone) + fractionMs(fraction);
  return { ok: true, value: formatInstant(epoch, zone.offsetAt(epoch)) };
}

const fractionMs = (fraction: string) => (fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0);
const render = (epochMs: number, zone: Zone | undefined) =>
  zone ? formatInstant(epochMs, zone.offsetAt(epochMs)) : formatInstant(epochMs, 0, true);

function fromRfc2822(text: string): Converted<string> {
  const m = RFC2822.exec(text.trim());
  if (!m) return { ok: false, problem: `"${text}" is not an RFC 2822 date like "Fri, 02 Mar 2012 21:36:24 +0000"` };
  const [, day, d, mon, y, h, mi, s = '0', zoneText = ''] = m;
  const wall = wallClock(Number(y), MONTHS.indexOf(mon!) + 1, Number(d), Number(h), Number(mi), Number(s));
  if (wall === undefined) return { ok: false, problem: `"${text}" is not a real date and time` };
  if (day && DAYS[new Date(wall).getUTCDay()] !== day)
    return { ok: false, problem: `"${text}": ${d} ${mon} ${y} is not a ${day}` };
  const offset = Object.hasOwn(NAMED_OFFSETS, zoneText) ? NAMED_OFFSETS[zoneText]! : offsetMinutes(zoneText);
  return { ok: true, value: formatInstant(wall - offset * 60000, offset) };
}

function fromUnix(value: unknown, form: 'unixSeconds' | 'unixMillis', zone: Zone | undefined): Converted<string> {
  const text = numberText(value) ?? (typeof value === 'string' ? value.trim() : undefined);
  const decimal = text === undefined ? undefined : parseDecimal(text);
  if (!decimal)
    return {
      ok: false,
      problem: `expected a unix time ${form === 'unixSeconds' ? 'in seconds' : 'in milliseconds'}, got ${describeValue(value)}`,
    };
  const ms = divide(decimal.units * (form === 'unixSeconds' ? 1000n : 1n), 10n ** BigInt(decimal.scale));
  if (ms === undefined) return { ok: false, problem: `${text} is finer than a millisecond` };
  // Up to year 9999; a negative or huge value is a unit mix-up (seconds read as milliseconds) or garbage.
  if (ms < 0n || ms > 253402300799999n)
    return {
      ok: false,
      problem: `${text} is not a plausible unix time ${form === 'unixSeconds' ? 'in seconds' : 'in milliseconds'}`,
    };
  return { ok: true, value: render(Number(ms), zone) };
}

/** Converts a channel timestamp to ISO 8601 with an offset; unix times are shown in the mapping's zone. */
export function convertTime(value: unknown, form: TimeForm, zone: Zone | undefined): Converted<string> {
  if (form === 'unixSeconds' || form === 'unixMillis') return fromUnix(value, form, zone);
  if (typeof value !== 'string')
    return { ok: false, problem: `expected a date-time written as text, got ${describeValue(value)}` };
  return form === 'rfc2822' ? fromRfc2822(value) : fromIso(value, form, zone);
}
