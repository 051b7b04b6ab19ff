import { useEffect, useState } from 'react';
import type { Locale } from '../../runtime/index';

/** The pages read time through this, so tests pin it. */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

/** The clock's time, re-read every `everyMs` (countdowns tick). */
export function useNow(clock: Clock, everyMs = 1000): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    const timer = setInterval(() => setNow(clock()), everyMs);
    return () => clearInterval(timer);
  }, [clock, everyMs]);
  return now;
}

const UNITS: readonly { ms: number; en: string; zh: string }[] = [
  { ms: 86_400_000, en: 'd', zh: '天' },
  { ms: 3_600_000, en: 'h', zh: '小时' },
  { ms: 60_000, en: 'm', zh: '分' },
  { ms: 1000, en: 's', zh: '秒' },
];

/** "2h 5m" / "2小时5分": the two largest units, enough to act on. */
export function formatDuration(ms: number, locale: Locale): string {
  let rest = Math.max(0, Math.floor(Math.abs(ms) / 1000) * 1000);
  const parts: string[] = [];
  for (const unit of UNITS) {
    const n = Math.floor(rest / unit.ms);
    rest -= n * unit.ms;
    if (n > 0 || (parts.length === 0 && unit.ms === 1000)) parts.push(`${n}${unit[locale]}`);
    if (parts.length === 2) break;
  }
  return parts.join(locale === 'zh' ? '' : ' ');
}

export function formatInstant(iso: string | null, locale: Locale): string {
  if (iso === null) return '—';
  return new Date(iso).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'short', timeStyle: 'medium' });
}
