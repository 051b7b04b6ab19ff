import { useState } from 'react';
import { useLiveQuery } from '../../db/hooks';
import { afterNextPaint } from '../after-paint';
import type { LoadedDataset } from '../data/loaded-dataset';
import { getRun, listRuns } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { download, fileBaseFor } from '../export';
import type { Translate } from '../i18n';
import { useSimulationOverlay } from '../overlay';
import { stepNames } from '../step-names';
import { useEditor } from '../../store/EditorProvider';
import { formatDateTime } from '../../i18n/dates';
import { saveWhenStored } from '../save-run';
import type { FlowPlan } from '../use-flow-plan';
import { useJob } from '../use-job';
import { exportInWorker, type BatchJobResult } from '../worker/job-client';
import type { WorkerLike } from '../worker/protocol';
import { CarryOverToggle } from '../CarryOverToggle';
import { BatchSummaryView } from './BatchSummaryView';

/** What is on screen: a batch just run or a saved one. Exports wait for `resultsKey`: set once the results are stored. */
/** A run on screen; its orders open as single runs only while the data set it ran on is selected. */
type View = Pick<BatchJobResult, 'summary' | 'problems' | 'cancelled' | 'processed' | 'fingerprint' | 'resultsKey'> & {
  readonly datasetId: string;
};

export interface BatchTabProps {
  readonly flowPlan: FlowPlan;
  readonly dataset: LoadedDataset | null;
  readonly db: SimulationDb;
  readonly onOpen: (index: number) => void;
  readonly t: Translate;
  readonly createWorker?: () => WorkerLike;
}

/** The whole data set through the flow in workers: progress, cancel, summary with charts, export, history. */
export function BatchTab({ flowPlan, dataset, db, onOpen, t, createWorker }: BatchTabProps) {
  const { flow, plan, registry } = flowPlan;
  const locale = useEditor((s) => s.locale);
  const { state, start, cancel } = useJob(registry, createWorker);
  const [view, setView] = useState<View | null>(null);
  const [exporting, setExporting] = useState(false);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [carryOver, setCarryOver] = useState(false);
  const setHits = useSimulationOverlay((s) => s.show);
  // Comparisons are listed and reopened on the Compare tab.
  const runs = useLiveQuery(() => listRuns(db, flow.id, 'batch'), [db, flow.id]);

  const run = async () => {
    if (!dataset || !plan) return;
    setStoreError(null);
    const done = await start({
      db,
      flow,
      source: dataset.source,
      context: dataset.context,
      keepResults: true,
      carryOver,
    });
    if (!done) return;
    const { summary, problems, cancelled, processed, fingerprint } = done;
    setView({ summary, problems, cancelled, processed, fingerprint, datasetId: dataset.id });
    afterNextPaint(() => setHits({ hits: done.hits, edgeHits: done.edgeHits, path: [] }));
    const saved = await saveWhenStored(db, done, {
      flowId: flow.id,
      flowName: flow.name,
      kind: 'batch',
      datasetId: dataset.id,
      datasetName: dataset.name,
      carryOver,
    });
    if (!saved.ok) return setStoreError(saved.message);
    // Exports read the stored results: offered once they are in.
    setView((current) => (current?.summary === summary ? { ...current, resultsKey: saved.row.resultsKey } : current));
  };
  const showSaved = async (id: number) => {
    const row = await getRun(db, id);
    if (row)
      setView({
        summary: row.summary,
        problems: row.problems,
        cancelled: row.cancelled,
        processed: row.summary.orders,
        fingerprint: row.fingerprint,
        datasetId: row.datasetId,
        resultsKey: row.resultsKey,
      });
  };
  // Every order's result is read and written out in a worker: the page's thread only saves the text.
  const exportAs = async (shown: View, format: 'csv' | 'json') => {
    if (!shown.resultsKey) return;
    setExporting(true);
    try {
      const header = { flowId: flow.id, fingerprint: shown.fingerprint, summary: shown.summary };
      const text = await exportInWorker(
        db,
        {
          resultsKey: shown.resultsKey,
          format,
          ...(format === 'json' ? { header } : { stepNames: stepNames(flow, registry, locale) }),
        },
        createWorker ? { createWorker } : {},
      );
      download(`${fileBaseFor(flow)}-simulation.${format}`, text, format === 'csv' ? 'text/csv' : 'application/json');
    } finally {
      setExporting(false);
    }
  };
  return (
    <div className="sim-batch">
      <div className="sim-row">
        <button
          type="button"
          className="primary"
          onClick={() => void run()}
          disabled={state.running || !dataset || !plan}
        >
          {t('runBatch')}
        </button>
        <CarryOverToggle checked={carryOver} onChange={setCarryOver} disabled={state.running} t={t} />
        {state.running && (
          <button type="button" onClick={cancel}>
            {t('cancel')}
          </button>
        )}
        {(state.running || state.done > 0) && (
          <>
            <progress
              max={Math.max(1, state.total)}
              value={state.done}
              aria-label={t('progress', { done: state.done, total: state.total })}
            />
            <span className="muted">{t('progress', { done: state.done, total: state.total })}</span>
          </>
        )}
      </div>
      {(state.error ?? storeError) && (
        <p className="sim-error" role="alert">
          {state.error ?? storeError}
        </p>
      )}
      {view && (
        <>
          {view.cancelled && (
            <p className="sim-note" role="status">
              {t('cancelledAfter', { done: view.processed })}
            </p>
          )}
          <div className="sim-row">
            <button type="button" disabled={exporting || !view.resultsKey} onClick={() => void exportAs(view, 'csv')}>
              {t('exportCsv')}
            </button>
            <button type="button" disabled={exporting || !view.resultsKey} onClick={() => void exportAs(view, 'json')}>
              {t('exportJson')}
            </button>
          </div>
          <BatchSummaryView
            summary={view.summary}
            problems={view.problems}
            onOpen={view.datasetId === dataset?.id ? onOpen : undefined}
            t={t}
          />
        </>
      )}
      {runs && runs.length > 0 && (
        <details className="sim-section">
          <summary>
            {t('savedRuns')} ({runs.length})
          </summary>
          <ul className="sim-list">
            {runs.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.createdAt, locale)} · {r.datasetName}
                {r.carryOver ? ` · ${t('carryOver')}` : ''} · {r.summary.orders} {t('orders')} ·{' '}
                {r.fingerprint === plan?.fingerprint ? t('thisVersion') : t('olderVersion', { fp: r.fingerprint })}{' '}
                <button type="button" onClick={() => void showSaved(r.id!)}>
                  {t('show')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
