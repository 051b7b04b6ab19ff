/** Local timestamps with the offset each channel reports (+08:00 in China, US zones with DST). */

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** "2026-11-10T21:13:05-05:00": the instant `utcMs` as seen at `offsetHours`. */
export function formatWithOffset(utcMs: number, offsetHours: number): string {
  const local = new Date(utcMs + offsetHours * 3_600_000);
  const sign = offsetHours < 0 ? '-' : '+';
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return `${date}T${time}${sign}${pad(Math.trunc(offsetHours))}:${pad(Math.round((Math.abs(offsetHours) % 1) * 60))}`;
}

/** UTC ms of 02:00 local standard/daylight time on the n-th Sunday of a month (US DST rule). */
function nthSunday2am(year: number, month: number, n: number, offsetHours: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const day = 1 + ((7 - first) % 7) + (n - 1) * 7;
  return Date.UTC(year, month, day, 2) - offsetHours * 3_600_000;
}

/** US offset at an instant: daylight time from the 2nd Sunday of March to the 1st Sunday of November. */
export function usOffset(utcMs: number, standardOffset: number): number {
  if (standardOffset <= -10) return standardOffset; // Hawaii keeps standard time
  const year = new Date(utcMs).getUTCFullYear();
  const start = nthSunday2am(year, 2, 2, standardOffset);
  const end = nthSunday2am(year, 10, 1, standardOffset + 1);
  return utcMs >= start && utcMs < end ? standardOffset + 1 : standardOffset;
}
