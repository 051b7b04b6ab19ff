/**
 * ForecastPage — demand forecast per series with its interval, method and why; the backtest against
 * every baseline; transfer suggestions to approve and download as a world file for the simulation.
 *
 *   <ForecastPage onClose={close} />                 inside <EditorProvider> (for the locale)
 *   <ForecastPage makeWorker={() => undefined} />    tests: the job runs on this thread
 *
 * The work runs in a Web Worker (forecast.worker.ts): forecast/ is pure TypeScript, the same code
 * the CLI runs.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  applyTransfers,
  FORECAST_TABLE,
  promotionCalendarSchema,
  STOCK_TABLE,
  stockOnHandTable,
  type PromotionCalendar,
  type Transfer,
} from '../../forecast/index';
import type { RunContext } from '../../runtime/index';
import { parseContextText } from '../../runtime/index';
import { loadExampleContext } from '../simulation/data/example-dataset';
import { useForecastT } from './i18n';
import { HeatMap } from './HeatMap';
import { BacktestTables, TransfersTable } from './ResultTables';
import { SeriesPanel } from './SeriesPanel';
import { useForecastJob, type WorkerFactory } from './use-forecast-job';
import './forecast.css';

export interface ForecastPageProps {
  readonly onClose?: () => void;
  readonly makeWorker?: WorkerFactory;
}

const BY_CHOICES = ['sku,region', 'sku', 'category,region', 'category', 'region'] as const;

interface Source {
  readonly name: string;
  readonly ordersText: string;
  readonly context?: RunContext;
  readonly promotions?: PromotionCalendar;
}

async function exampleSource(): Promise<Source> {
  const [orders, context] = await Promise.all([import('../../examples/data/orders.jsonl?raw'), loadExampleContext()]);
  return { name: 'examples/data/orders.jsonl', ordersText: orders.default, context };
}

function download(name: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export default function ForecastPage({ onClose, makeWorker }: ForecastPageProps) {
  const t = useForecastT();
  const { state, run } = useForecastJob(makeWorker);
  const [source, setSource] = useState<Source | undefined>(undefined);
  const [by, setBy] = useState<string>(BY_CHOICES[0]);
  const [horizon, setHorizon] = useState(14);
  const [withBacktest, setWithBacktest] = useState(false);
  const [approved, setApproved] = useState<ReadonlySet<number>>(new Set());
  const [message, setMessage] = useState('');

  useEffect(() => {
    let alive = true;
    void exampleSource().then((s) => alive && setSource((current) => current ?? s));
    return () => {
      alive = false;
    };
  }, []);

  const start = useCallback(() => {
    if (!source) return;
    setApproved(new Set());
    run({
      ordersText: source.ordersText,
      ...(source.context ? { context: source.context } : {}),
      ...(source.promotions ? { promotions: source.promotions } : {}),
      by: by.split(','),
      horizon,
      backtest: withBacktest,
    });
  }, [source, by, horizon, withBacktest, run]);

  const onOrdersFile = async (file: File | undefined) => {
    if (file)
      setSource({
        name: file.name,
        ordersText: await file.text(),
        ...(source?.context ? { context: source.context } : {}),
        ...(source?.promotions ? { promotions: source.promotions } : {}),
      });
  };
  const onPromotionsFile = async (file: File | undefined) => {
    if (!file || !source) return;
    let parsed;
    try {
      parsed = promotionCalendarSchema.safeParse(JSON.parse(await file.text()));
    } catch (error) {
      setMessage(`${file.name}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (parsed.success) {
      setSource({ ...source, promotions: parsed.data });
      setMessage('');
    } else setMessage(parsed.error.issues.map((i) => `${file.name}: ${i.path.join('.')}: ${i.message}`).join('; '));
  };
  const onContextFile = async (file: File | undefined) => {
    if (!file || !source) return;
    const parsed = parseContextText(await file.text());
    if (parsed.ok) {
      setSource({ ...source, context: parsed.context });
      setMessage('');
    } else setMessage(parsed.problems.map((p) => `${file.name}: ${p.path ?? ''} ${p.message}`).join('; '));
  };
  // The world after the approved moves, with the forecast and the stock as tables flows can read.
  const onDownload = (accepted: readonly Transfer[]) => {
    if (!source?.context) return;
    const moved = applyTransfers(source.context, accepted);
    const table =
      state.status === 'done' && state.response.demandTable?.ok ? state.response.demandTable.value : undefined;
    download(
      'context-with-transfers.json',
      table
        ? { ...moved, tables: { ...moved.tables, [FORECAST_TABLE]: table, [STOCK_TABLE]: stockOnHandTable(moved) } }
        : moved,
    );
  };

  const response = state.status === 'done' ? state.response : undefined;
  return (
    <div className="fc-page" role="dialog" aria-label={t('title')}>
      <header className="fc-header">
        <h2>{t('title')}</h2>
        <span className="fc-spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <div className="fc-controls">
        <span>
          {t('source')}: <strong>{source?.name ?? '…'}</strong>
        </span>
        <label className="button">
          {t('file')}
          <input
            type="file"
            hidden
            accept=".jsonl,.ndjson,.json"
            onChange={(e) => void onOrdersFile(e.target.files?.[0])}
          />
        </label>
        <label className="button">
          {t('contextFile')}
          <input type="file" hidden accept=".json" onChange={(e) => void onContextFile(e.target.files?.[0])} />
        </label>
        <label className="button">
          {t('promotionsFile')}
          <input type="file" hidden accept=".json" onChange={(e) => void onPromotionsFile(e.target.files?.[0])} />
        </label>
        <label>
          {t('by')}{' '}
          <select className="input" value={by} onChange={(e) => setBy(e.target.value)}>
            {BY_CHOICES.map((b) => (
              <option key={b} value={b}>
                {b.replace(',', ' × ')}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('horizon')}{' '}
          <input
            className="input fc-number"
            type="number"
            min={1}
            max={90}
            value={horizon}
            onChange={(e) => setHorizon(Math.max(1, Math.min(90, Number(e.target.value) || 14)))}
          />
        </label>
        <label>
          <input type="checkbox" checked={withBacktest} onChange={(e) => setWithBacktest(e.target.checked)} />{' '}
          {t('backtest')}
        </label>
        <button
          type="button"
          className="button primary"
          disabled={!source || state.status === 'running'}
          onClick={start}
        >
          {t('run')}
        </button>
      </div>
      {message && <p className="fc-message is-error">{message}</p>}
      {state.status === 'running' && (
        <p className="fc-message" role="status">
          {t('running')}
        </p>
      )}
      {state.status === 'failed' && (
        <p className="fc-message is-error" role="alert">
          {t('failed', { message: state.error })}
        </p>
      )}
      {response && (
        <div className="fc-body">
          <p role="status">
            {t('summary', {
              orders: response.orders,
              skipped: response.skipped,
              series: response.series.filter((s) => s.level === 'bottom').length,
            })}
          </p>
          <HeatMap regions={response.regions} t={t} />
          <SeriesPanel series={response.series} t={t} />
          {response.backtest && <BacktestTables outcome={response.backtest} t={t} />}
          <TransfersTable
            outcome={response.plan}
            approved={approved}
            t={t}
            onDownload={onDownload}
            onToggle={(i) =>
              setApproved((set) => {
                const next = new Set(set);
                if (next.has(i)) next.delete(i);
                else next.add(i);
                return next;
              })
            }
          />
        </div>
      )}
    </div>
  );
}
