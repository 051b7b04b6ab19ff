import { LosslessNumber } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { convertTime, type TimeForm } from './time';
import { resolveZone, type Zone } from './zone';

const shanghai = resolveZone('Asia/Shanghai')!;
const newYork = resolveZone('America/New_York')!;
/** `null` = no zone declared (undefined would pick the default). */
const value = (input: unknown, form: TimeForm, zone: Zone | null = shanghai) => {
  const result = convertTime(input, form, zone ?? undefined);
  return result.ok ? result.value : `problem: ${result.problem}`;
};

describe('convertTime', () => {
  it.each<[unknown, TimeForm, string | undefined, string]>([
    ['2008-01-10T11:00:00-05:00', 'iso', undefined, '2008-01-10T11:00:00-05:00'], // Shopify: the offset is kept
    ['2017-01-20T19:49:35Z', 'iso', undefined, '2017-01-20T19:49:35Z'], // Amazon
    ['2018-04-03T23:05:12+0530', 'iso', undefined, '2018-04-03T23:05:12+05:30'],
    ['2023-03-01 12:00:00', 'local', 'Asia/Shanghai', '2023-03-01T12:00:00+08:00'], // Taobao, JD, PDD
    ['2018-04-03T19:05:12', 'local', 'America/New_York', '2018-04-03T19:05:12-04:00'], // WooCommerce date_created (EDT)
    ['2018-01-03T19:05:12', 'local', 'America/New_York', '2018-01-03T19:05:12-05:00'], // … and in winter (EST)
    ['2018-04-03T23:05:12', 'utc', 'America/New_York', '2018-04-03T19:05:12-04:00'], // WooCommerce *_gmt, shown store-local
    ['2018-04-03T23:05:12', 'utc', undefined, '2018-04-03T23:05:12Z'],
    [new LosslessNumber('1731916551'), 'unixSeconds', 'Asia/Shanghai', '2024-11-18T15:55:51+08:00'], // Douyin
    ['1731916551', 'unixSeconds', 'Asia/Shanghai', '2024-11-18T15:55:51+08:00'],
    [new LosslessNumber('1.569521782042E9'), 'unixSeconds', undefined, '2019-09-26T18:16:22.042Z'], // Amazon sandbox CreatedBefore
    [new LosslessNumber('1640995200000'), 'unixMillis', 'Asia/Shanghai', '2022-01-01T08:00:00+08:00'], // Xiaohongshu
    [new LosslessNumber('1619611561'), 'unixSeconds', undefined, '2021-04-28T12:06:01Z'], // TikTok Shop: no zone declared
    ['Fri, 02 Mar 2012 21:36:24 +0000', 'rfc2822', undefined, '2012-03-02T21:36:24+00:00'], // BigCommerce
    ['2 Mar 2012 13:36:24 PST', 'rfc2822', undefined, '2012-03-02T13:36:24-08:00'],
  ])('%s (%s, zone %s) → %s', (input, form, zone, expected) => {
    expect(value(input, form, zone ? resolveZone(zone)! : null)).toBe(expected);
  });

  it.each<[unknown, TimeForm, RegExp]>([
    ['2023-02-30 12:00:00', 'local', /not a real date/],
    ['2023-03-01 24:00:00', 'local', /not a real date/],
    ['yesterday', 'iso', /not a date-time/],
    ['2023-03-01T12:00:00+08:00', 'local', /carries an offset/],
    ['Sat, 02 Mar 2012 21:36:24 +0000', 'rfc2822', /is not a Sat/],
    [new LosslessNumber('1731916551000'), 'unixSeconds', /not a plausible unix time in seconds/],
    [new LosslessNumber('-1'), 'unixSeconds', /not a plausible/],
    [new LosslessNumber('1.0005'), 'unixSeconds', /finer than a millisecond/],
    [true, 'unixSeconds', /expected a unix time/],
    [new LosslessNumber('20230301'), 'iso', /written as text/],
  ])('%s (%s) is refused: %s', (input, form, message) => {
    expect(value(input, form)).toMatch(message);
  });

  it('needs a declared zone for wall-clock times', () => {
    expect(value('2023-03-01 12:00:00', 'local', null)).toMatch(/no timeZone/);
  });

  it('resolves fixed offsets and IANA zones, and knows daylight saving', () => {
    expect(resolveZone('+08:00')!.offsetAt(0)).toBe(480);
    expect(resolveZone('-0530')!.offsetAt(0)).toBe(-330);
    expect(shanghai.offsetAt(Date.UTC(2024, 6, 1))).toBe(480);
    expect(newYork.offsetAt(Date.UTC(2024, 6, 1))).toBe(-240);
    expect(newYork.offsetAt(Date.UTC(2024, 0, 1))).toBe(-300);
    expect(resolveZone('Mars/Olympus')).toBeUndefined();
  });
});
