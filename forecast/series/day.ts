/**
 * Calendar days as integers (days since 1970-01-01), so a series is an array indexed by day and
 * "the day after" is `+ 1`. Dates are plain `YYYY-MM-DD` in the shop's own calendar: no time zone
 * maths, no clock.
 */
const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new Error(`"${isoDate}" is not a date written YYYY-MM-DD`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const back = new Date(ms);
  if (back.getUTCDate() !== Number(d) || back.getUTCMonth() !== Number(m) - 1)
    throw new Error(`"${isoDate}" is not a calendar date`);
  return ms / MS_PER_DAY;
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (3).
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The local calendar date of an ISO timestamp with its offset ("2026-11-09T23:18:59+08:00" → 2026-11-09):
 * the day the customer ordered, where they were.
 */
export function localDateOf(timestamp: string): string {
  const date = timestamp.slice(0, 10);
  dayNumber(date);
  return date;
}
