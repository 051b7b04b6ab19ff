import { croston, sba, tsb } from './croston';
import type { ForecastMethod, MethodName } from './method';
import { movingAverage, seasonalNaive } from './naive';
import { seasonalHolt, seasonalSes } from './seasonal';
import { holt, ses } from './smoothing';

export * from './method';

export const METHODS: Readonly<Record<MethodName, ForecastMethod>> = {
  'seasonal-naive': seasonalNaive,
  'moving-average': movingAverage,
  ses,
  holt,
  'seasonal-ses': seasonalSes,
  'seasonal-holt': seasonalHolt,
  croston,
  sba,
  tsb,
};

/** The simple baselines every backtest reports beside the chosen model. */
export const BASELINES: readonly MethodName[] = ['seasonal-naive', 'moving-average', 'ses', 'croston', 'tsb'];
