import type { LookupTable, RunContext } from '../runtime/index';
import type { LevelForecasts } from './forecast';

/** The names flows read: `tables.forecastDemand.<key>` and `tables.stockOnHand.<sku>`. */
export const FORECAST_TABLE = 'forecastDemand';
export const STOCK_TABLE = 'stockOnHand';

/** Units are kept to one decimal: a forecast is a mean, and more digits only suggest precision. */
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/**
 * The forecast as a lookup table flows can read: units expected over the whole horizon, keyed by the
 * bottom series (`sku|province` for --by sku,region) and by each label alone (`sku`, `province`), so a
 * condition can read one SKU's demand (`tables.forecastDemand.EL-PHONE-PRO`) or the order's province
 * (`{"cat": ["tables.forecastDemand.", {"var": "shippingAddress.province"}]}`), and so can
 * a decision table's lookup column. A key that would mean two things (a SKU named like a province) is
 * refused. (A key holding a '.', such as AP-AIRCON-1.5P, is kept: a lookup column reads it, a var path
 * cannot, since var splits its path at dots.)
 */
export function forecastDemandTable(levels: readonly LevelForecasts[], by: readonly string[]): LookupTable {
  const rows: Record<string, number> = {};
  const from = new Map<string, string>();
  const horizon = levels[0]?.forecasts[0]?.point.length ?? 0;
  for (const { level, forecasts } of levels) {
    if (level === 'total' || (level !== 'bottom' && level.includes(' × '))) continue;
    for (const f of forecasts) {
      const key = f.key;
      if (key === '') continue;
      const seen = from.get(key);
      if (seen !== undefined && seen !== level)
        throw new Error(
          `the forecast key "${key}" is both a ${seen === 'bottom' ? by.join('|') : seen} and a ${level === 'bottom' ? by.join('|') : level}: a table cannot tell them apart`,
        );
      from.set(key, level);
      rows[key] = oneDecimal(f.point.reduce((a, b) => a + b, 0));
    }
  }
  const levelNames = [by.join('|'), ...(by.length > 1 ? by : [])];
  return {
    description: `Forecast units over the next ${horizon} days (model mean), by ${levelNames.join(', by ')}`,
    keyField: levelNames.join(' or '),
    value: 'number',
    rows,
  };
}

/** Units on hand per SKU over every warehouse of the context: what the forecast is compared with. */
export function stockOnHandTable(context: Pick<RunContext, 'warehouses'>): LookupTable {
  const rows: Record<string, number> = {};
  for (const w of context.warehouses)
    for (const [sku, units] of Object.entries(w.stock)) rows[sku] = (rows[sku] ?? 0) + units;
  return {
    description: `Units on hand per SKU, summed over the context's ${context.warehouses.length} warehouse(s)`,
    keyField: 'sku',
    value: 'number',
    rows,
  };
}

/** The context with the forecast (and, when it has warehouses, the stock) added as lookup tables. */
export function withForecastTables(
  context: RunContext,
  levels: readonly LevelForecasts[],
  by: readonly string[],
): RunContext {
  const tables: Record<string, LookupTable> = { ...context.tables, [FORECAST_TABLE]: forecastDemandTable(levels, by) };
  if (context.warehouses.length > 0) tables[STOCK_TABLE] = stockOnHandTable(context);
  return { ...context, tables };
}
