/**
 * Calendar arithmetic on ISO dates with plain integers (proleptic Gregorian, H. Hinnant's
 * days-from-civil): no Date object, no clock, no time zone. The date part of the run's `now`
 * is the local date at its offset, which is the date the promise is made on.
 */

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "2026-11-29T23:00:00+08:00" + 3 → "2026-12-02". Throws on a value that does not start with a date. */
export function isoDatePlusDays(timestamp: string, days: number): string {
  const match = ISO_DATE.exec(timestamp);
  if (!match) throw new Error(`Expected an ISO date or timestamp, got ${JSON.stringify(timestamp.slice(0, 40))}`);
  return civilFromDays(daysFromCivil(Number(match[1]), Number(match[2]), Number(match[3])) + days);
}
