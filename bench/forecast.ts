/**
 * The forecast section of `npm run bench`: the rolling-origin backtest on the M5 subset and on
 * Superstore (model beside every baseline), then the offline pre-allocation A/B. Accuracy figures, not
 * timings; nothing is asserted. The data are the copies in forecast/data/ (see SOURCES.md there).
 */
import { readFileSync } from 'node:fs';
import { offlineAb } from '../forecast/ab/offline-ab';
import { m5Observations } from '../forecast/adapters/m5';
import { superstoreLines, superstoreObservations } from '../forecast/adapters/superstore';
import { backtest, type BacktestReport } from '../forecast/backtest/backtest';
import { BASELINES, METHOD_NAMES } from '../forecast/methods/index';
import { crossRegionShare, meanTransitDays, splitRate, type ReplayMetrics } from '../forecast/preallocate/replay';
import { backtestRows, classRows, percent, type Rows } from '../forecast/report';
import { buildSeries } from '../forecast/series/build';
import { coreRegistry } from '../nodes/index';
import { compileFlow } from '../runtime/index';
import { heading, int, table } from './print';

const data = (name: string) => readFileSync(new URL(`../forecast/data/${name}`, import.meta.url), 'utf8');
const print = (say: (text?: string) => void, rows: Rows) =>
  say(table(rows.header, rows.rows, rows.header.map((_, i) => i).slice(1)));

/** The issue's goals, checked on the bottom level; reported, never asserted. */
function goals(report: BacktestReport, say: (text?: string) => void): void {
  const rows = report.rows.filter((r) => r.level === 'bottom');
  const model = rows.find((r) => r.strategy === 'auto')!;
  const naive = rows.find((r) => r.strategy === 'seasonal-naive')!;
  const perOrigin = model.rmsseByOrigin.map((m, o) => m / naive.rmsseByOrigin[o]! - 1);
  const averaged = perOrigin.reduce((a, b) => a + b, 0) / perOrigin.length;
  const best = rows
    .filter((r) => BASELINES.includes(r.strategy as (typeof BASELINES)[number]))
    .sort((a, b) => a.rmsse - b.rmsse)[0]!;
  const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
  say(
    `goals (bottom level): RMSSE vs seasonal naive, averaged over origins ${percent(averaged)} (goal ≤ −15%: ${mark(averaged <= -0.15)});`,
  );
  say(
    `  |bias| ${percent(Math.abs(model.bias))} (goal ≤ 5%: ${mark(Math.abs(model.bias) <= 0.05)}); 80% coverage ${percent(model.coverage80)} (goal 75–85%: ${mark(model.coverage80 >= 0.75 && model.coverage80 <= 0.85)});`,
  );
  say(
    `  best baseline ${best.strategy} RMSSE ${best.rmsse.toFixed(3)} vs model ${model.rmsse.toFixed(3)}: the model ${model.rmsse < best.rmsse ? 'beats it' : 'does NOT beat it'} (${percent(model.rmsse / best.rmsse - 1)})`,
  );
}

function printBacktest(title: string, report: BacktestReport, say: (text?: string) => void): void {
  say(heading(title));
  say(
    `${report.origins.length} weekly origins ${report.origins[0]} … ${report.origins.at(-1)}, ${report.horizon} step(s) of ${report.step} day(s) ahead; selection, parameters and intervals use only the data before each origin.`,
  );
  for (const level of report.levels) {
    say(`\n${level}:`);
    print(say, backtestRows(report, level));
  }
  say('\nper demand class (bottom level):');
  print(say, classRows(report));
  say('');
  goals(report, say);
}

function abRows(name: string, m: ReplayMetrics): string[] {
  return [
    name,
    int(m.orders),
    int(m.stockouts),
    percent(crossRegionShare(m)),
    percent(splitRate(m)),
    meanTransitDays(m).toFixed(2),
    `$${int((m.routingCost.USD ?? 0) / 100)}`,
  ];
}

export function runForecastBench(say: (text?: string) => void): void {
  const strategies = ['auto', 'global', ...METHOD_NAMES] as const;
  const m5 = buildSeries(m5Observations(data('m5_subset.csv')), { by: ['sku'] });
  printBacktest(
    'Forecast backtest: M5 subset (10 Walmart FOODS_3 items at CA_1, daily, 14 days ahead)',
    backtest(m5, { by: ['sku'], horizon: 14, origins: 8, strategies: [...strategies] }),
    say,
  );

  const lines = superstoreLines(data('superstore.csv'));
  const weekly = buildSeries(superstoreObservations(lines), { by: ['region', 'category'], step: 7 });
  printBacktest(
    'Forecast backtest: Superstore region × category × week (2 weeks = 14 days ahead, yearly cycle)',
    backtest(weekly, { by: ['region', 'category'], horizon: 2, origins: 8, strategies: [...strategies] }),
    say,
  );

  say(heading('Pre-allocation offline A/B: Superstore orders replayed through multi-warehouse.flow.json'));
  say(
    "Four regional warehouses (East is the hub); per window the network holds 1.2 × the last 14 days' units per sub-category,",
  );
  say(
    "forward warehouses a quarter of their region's; transfers by truck (2 days, $150 a move + $0.40 a unit). Forecasts use only",
  );
  say(
    "the days before each window; the window's real orders then run with carry-over stock, without and with the transfers.",
  );
  const flow = compileFlow(
    readFileSync(new URL('../examples/flows/multi-warehouse.flow.json', import.meta.url), 'utf8'),
    coreRegistry,
  );
  if (!flow.ok) throw new Error('multi-warehouse.flow.json does not compile');
  const windows = offlineAb(lines, flow.plan, ['2022-10-24', '2022-11-07', '2022-11-21', '2022-12-05']);
  const header = ['window / arm', 'orders', 'stockouts', 'cross-region', 'split', 'transit days', 'routing cost'];
  const rows = windows.flatMap((w) => [
    abRows(`${w.from} without`, w.without),
    abRows(
      `${w.from} with ${w.plan.transfers.length} transfers (${int(w.plan.summary.unitsMoved)} units, $${int((w.plan.summary.moveCost[0]?.amount ?? 0) / 100)})`,
      w.with,
    ),
  ]);
  const sum = (pick: (w: (typeof windows)[number]) => ReplayMetrics): ReplayMetrics =>
    windows.map(pick).reduce((a, m) => ({
      orders: a.orders + m.orders,
      routed: a.routed + m.routed,
      stockouts: a.stockouts + m.stockouts,
      shipments: a.shipments + m.shipments,
      crossRegionShipments: a.crossRegionShipments + m.crossRegionShipments,
      transitDays: a.transitDays + m.transitDays,
      splitOrders: a.splitOrders + m.splitOrders,
      routingCost: { USD: (a.routingCost.USD ?? 0) + (m.routingCost.USD ?? 0) },
    }));
  rows.push(
    abRows(
      'all windows without',
      sum((w) => w.without),
    ),
    abRows(
      'all windows with',
      sum((w) => w.with),
    ),
  );
  say(table(header, rows, [1, 2, 3, 4, 5, 6]));
  const moved = windows.reduce((a, w) => a + (w.plan.summary.moveCost[0]?.amount ?? 0), 0);
  say(
    `moves cost $${int(moved / 100)} in all. Expected (ex ante) cross-region share per window: ${windows.map((w) => `${percent(w.plan.summary.crossRegionShareBefore)} → ${percent(w.plan.summary.crossRegionShareAfter)}`).join('; ')}`,
  );
}
