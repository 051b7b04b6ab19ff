/**
 * Demand forecasting and pre-allocation. Pure TypeScript: no I/O, no clock, deterministic; runs in
 * Node and in a Web Worker. Only the editor, the CLI and the server import it.
 */
export * from './series/day';
export * from './series/series';
export { buildSeries, type BuildOptions } from './series/build';
export { observationsFromOrders, isDemand, ORDER_LABELS, type OrderLabel } from './series/from-orders';
export { promotionCalendarSchema, promotionDays, type PromotionCalendar } from './series/promotions';
export { sumSeries } from './series/sum-series';
export { classify, ADI_CUTOFF, CV2_CUTOFF, type Classification, type DemandClass } from './classify';
export {
  METHODS,
  BASELINES,
  METHOD_NAMES,
  type MethodName,
  type ForecastMethod,
  type MethodFit,
} from './methods/index';
export { CANDIDATES, candidatesFor, combinationWeights } from './select';
export {
  forecastSeries,
  defaultSettings,
  type ForecastSettings,
  type SeriesForecast,
  type Strategy,
} from './forecast-series';
export { forecastAll, type LevelForecasts } from './forecast';
export {
  backtest,
  type BacktestOptions,
  type BacktestReport,
  type BacktestRow,
  type ClassReport,
} from './backtest/backtest';
export type { Metrics } from './backtest/metrics';
export { backtestRows, classRows, forecastRows, methodLabel, totalInterval, percent, type Rows } from './report';
export { preallocationSettingsSchema, laneSchema, type PreallocationSettings, type Lane } from './preallocate/settings';
export { preallocateFromOrders, preallocateFromSeries, type PreallocationResult } from './preallocate/plan';
export type { Transfer, Position, PreallocationPlan, PreallocationSummary } from './preallocate/transfers';
export { replay, crossRegionShare, splitRate, meanTransitDays, type ReplayMetrics } from './preallocate/replay';
export { applyTransfers } from './preallocate/apply';
export { forecastDemandTable, stockOnHandTable, withForecastTables, FORECAST_TABLE, STOCK_TABLE } from './flow-tables';
