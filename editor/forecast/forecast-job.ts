/**
 * The Forecast page's work, as one pure function: orders text (JSON Lines or a JSON array) and an
 * optional context in, forecasts, backtest and transfer suggestions out. The worker runs it; tests
 * call it directly.
 */
import {
  backtest,
  BASELINES,
  buildSeries,
  dayNumber,
  defaultSettings,
  forecastAll,
  forecastDemandTable,
  isoDate,
  localDateOf,
  methodLabel,
  observationsFromOrders,
  preallocateFromOrders,
  preallocationSettingsSchema,
  promotionDays,
  type PromotionCalendar,
  type BacktestReport,
  type PreallocationPlan,
  type LevelForecasts,
  type SeriesForecast,
} from '../../forecast/index';
import type { LookupTable, RunContext } from '../../runtime/index';
import { orderSchema, type Order, parseJsonl } from '../../runtime/index';
import type { RegionDemand } from './heat-map-data';

export interface ForecastRequest {
  readonly ordersText: string;
  readonly context?: RunContext;
  readonly by: readonly string[];
  readonly horizon: number;
  readonly backtest: boolean;
  /** A promotion calendar: marks promotion days and lifts those ahead. */
  readonly promotions?: PromotionCalendar;
}

/** What the chart and the tables need of one series (the history is cut to the last eight weeks). */
export interface SeriesView {
  readonly key: string;
  readonly level: string;
  readonly method: string;
  readonly demandClass?: string;
  readonly why: string;
  readonly historyStart: string;
  readonly history: readonly number[];
  readonly promo: readonly boolean[];
  readonly promoAhead: readonly boolean[];
  readonly from: string;
  readonly point: readonly number[];
  readonly lo80: readonly number[];
  readonly hi80: readonly number[];
  readonly lo95: readonly number[];
  readonly hi95: readonly number[];
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface ForecastResponse {
  readonly orders: number;
  readonly skipped: number;
  readonly series: readonly SeriesView[];
  readonly backtest?: Outcome<BacktestReport>;
  readonly plan?: Outcome<PreallocationPlan>;
  /** The forecast as the lookup table flows read (tables.forecastDemand), for the downloaded context. */
  readonly demandTable?: Outcome<LookupTable>;
  /** Forecast units over the horizon per region, for the heat map; absent when the series are not by region. */
  readonly regions?: readonly RegionDemand[];
}

const SHOWN_HISTORY = 56;

function parseOrders(text: string): { orders: Order[]; skipped: number } {
  const trimmed = text.trimStart();
  const values: unknown[] = trimmed.startsWith('[')
    ? (JSON.parse(trimmed) as unknown[])
    : parseJsonl(text).map((r) => ('value' in r ? r.value : undefined));
  const orders: Order[] = [];
  for (const value of values) {
    const parsed = orderSchema.safeParse(value);
    if (parsed.success) orders.push(parsed.data);
  }
  return { orders, skipped: values.length - orders.length };
}

function view(f: SeriesForecast): SeriesView {
  const cut = Math.max(0, f.history.length - SHOWN_HISTORY);
  return {
    key: f.key,
    level: f.level,
    why: f.why,
    method: methodLabel(f),
    ...(f.classification ? { demandClass: f.classification.demandClass } : {}),
    historyStart: isoDate(f.historyStart + cut * f.step),
    history: f.history.slice(cut),
    promo: f.promo.slice(cut),
    promoAhead: f.promoAhead,
    from: isoDate(f.firstDay),
    point: f.point,
    lo80: f.lo80,
    hi80: f.hi80,
    lo95: f.lo95,
    hi95: f.hi95,
  };
}

function regionDemandOrNot(levels: readonly LevelForecasts[], by: readonly string[], orders: readonly Order[]) {
  const regions = regionDemand(levels, by, orders);
  return regions ? { regions } : {};
}

function attempt<T>(work: () => T): Outcome<T> {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Each region's forecast over the horizon, from the level that sums the series by region (the bottom
 * when the series are by region alone), with the country its orders ship to.
 */
export function regionDemand(
  levels: readonly LevelForecasts[],
  by: readonly string[],
  orders: readonly Order[],
): RegionDemand[] | undefined {
  if (!by.includes('region')) return undefined;
  const level = levels.find((l) => l.level === (by.length === 1 ? 'bottom' : 'region'));
  if (!level) return undefined;
  // The same rule as the series' region label: the province, else the country.
  const country = new Map<string, string>();
  for (const o of orders)
    country.set(o.shippingAddress.province || o.shippingAddress.country, o.shippingAddress.country);
  return level.forecasts.map((f) => ({
    region: f.key,
    country: country.get(f.key) ?? '',
    units: f.point.reduce((a, b) => a + b, 0),
  }));
}

export function runForecastJob(request: ForecastRequest): ForecastResponse {
  const { orders, skipped } = parseOrders(request.ordersText);
  // With a context, forecast from what was known at its clock: the orders before its day.
  const until = request.context ? dayNumber(localDateOf(request.context.now)) - 1 : undefined;
  const known = until === undefined ? orders : orders.filter((o) => dayNumber(localDateOf(o.createdAt)) <= until);
  const isPromo = request.promotions ? promotionDays(request.promotions) : undefined;
  const series = buildSeries(observationsFromOrders(known), {
    by: request.by,
    ...(until === undefined ? {} : { until }),
    ...(isPromo ? { isPromo } : {}),
  });
  const forecastSettings = { ...defaultSettings(1, request.horizon), ...(isPromo ? { isPromo } : {}) };
  const levels = series.length === 0 ? [] : forecastAll(series, request.by, forecastSettings);
  const settings = preallocationSettingsSchema.parse({ horizonDays: request.horizon });
  const context = request.context;
  return {
    orders: orders.length,
    skipped,
    series: levels.flatMap((l) => l.forecasts.map(view)),
    ...regionDemandOrNot(levels, request.by, known),
    ...(levels.length > 0 ? { demandTable: attempt(() => forecastDemandTable(levels, request.by)) } : {}),
    ...(request.backtest && series.length > 0
      ? {
          backtest: attempt(() =>
            backtest(series, {
              by: request.by,
              horizon: request.horizon,
              origins: 8,
              strategies: ['auto', ...BASELINES],
              ...(isPromo ? { isPromo } : {}),
            }),
          ),
        }
      : {}),
    ...(context ? { plan: attempt(() => preallocateFromOrders(orders, context, settings).plan) } : {}),
  };
}
