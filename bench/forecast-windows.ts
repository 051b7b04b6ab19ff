/**
 * The development windows the forecast design is judged on (`bench/forecast-dev.ts` and the scripts beside
 * it). Reported: 8 origins whose oldest is (horizon + 7 spacings) before the end of the data. Development
 * windows end before it: the newest scores the steps up to the oldest reported origin, each older one the 8
 * weeks before, so a change judged here never sees the reported (held-out) weeks.
 */
import { readFileSync } from 'node:fs';
import { m5Observations } from '../forecast/adapters/m5';
import { superstoreLines, superstoreObservations } from '../forecast/adapters/superstore';
import { buildSeries } from '../forecast/series/build';

const data = (name: string) => readFileSync(new URL(`../forecast/data/${name}`, import.meta.url), 'utf8');

export const DEVELOPMENT_WINDOWS = [
  {
    name: 'M5',
    /** Built when asked: a script run for one data set does not read the other. */
    series: () => buildSeries(m5Observations(data('m5_subset.csv')), { by: ['sku'] }),
    by: ['sku'],
    horizon: 14,
    holdBacks: [63, 119, 175, 231, 287, 343],
  },
  {
    name: 'Superstore',
    series: () =>
      buildSeries(superstoreObservations(superstoreLines(data('superstore.csv'))), {
        by: ['region', 'category'],
        step: 7,
      }),
    by: ['region', 'category'],
    horizon: 2,
    holdBacks: [9, 17, 25, 33, 41],
  },
];

export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
