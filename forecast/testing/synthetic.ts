import type { Series } from '../series/series';

/** A tiny seeded generator (LCG), so test series are the same on every run and machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Daily demand with a weekly profile (busy weekends) and a share of zero days, in whole units. */
export function weeklySeries(
  key: string,
  labels: Record<string, string>,
  days: number,
  seed: number,
  level = 6,
  zeroShare = 0.2,
  start = 20_000,
): Series {
  const random = seeded(seed);
  const profile = [0.8, 0.8, 0.9, 1, 1.1, 1.4, 1.0];
  const values = Array.from({ length: days }, (_, t) =>
    random() < zeroShare ? 0 : Math.round(level * profile[(start + t + 3) % 7]! * (0.6 + 0.8 * random())),
  );
  return { key, labels, start, step: 1, values, promo: values.map(() => false) };
}
