import { useState } from 'react';
import { useLiveQuery } from '../../db/hooks';
import type { LoadedDataset } from '../data/example-dataset';
import { getRun, listRuns, saveRun } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { download, resultsToCsv } from '../export';
import type { Translate } from '../i18n';
import { useSimulationOverlay } from '../overlay';
import type { FlowPlan } from '../use-flow-plan';
import { useJob } from '../use-job';
import type { DoneMessage, WorkerLike } from '../worker/protocol';
import { BatchSummaryView } from './BatchSummaryView';

type View = Pick<DoneMessage, 'summary' | 'results' | 'cancelled' | 'processed' | 'fingerprint'>;

export interface BatchTabProps {
  readonly flowPlan: FlowPlan;
  readonly dataset: LoadedDataset | null;
  readonly db: SimulationDb;
  readonly onOpen: (index: number) => void;
  readonly t: Translate;
  readonly createWorker?: () => WorkerLike;
}

/** The whole data set through the flow in a worker: progress, cancel, summary with charts, export, history. */
export function BatchTab({ flowPlan, dataset, db, onOpen, t, createWorker }: BatchTabProps) {
  const { flow, plan, registry } = flowPlan;
  const { state, start, cancel } = useJob(registry, createWorker);
  const [view, setView] = useState<View | null>(null);
  const setHits = useSimulationOverlay((s) => s.show);
  const runs = useLiveQuery(() => listRuns(db, flow.id), [db, flow.id]);

  const run = async () => {
    if (!dataset || !plan) return;
    const done = await start({ flow, records: dataset.records, context: dataset.context });
    if (!done) return;
    setView(done);
    setHits({ hits: done.hits, edgeHits: done.edgeHits, path: [] });
    await saveRun(db, { flowId: flow.id, flowName: flow.name, fingerprint: done.fingerprint, kind: 'batch', datasetId: dataset.id, datasetName: dataset.name, cancelled: done.cancelled, summary: done.summary, results: done.results });
  };
  const showSaved = async (id: number) => {
    const row = await getRun(db, id);
    if (row) setView({ summary: row.summary, results: row.results, cancelled: row.cancelled, processed: row.summary.orders, fingerprint: row.fingerprint });
  };
  const base = `${flow.id}-simulation`;
  return (
    <div className="sim-batch">
      <div className="sim-row">
        <button type="button" className="primary" onClick={() => void run()} disabled={state.running || !dataset || !plan}>{t('runBatch')}</button>
        {state.running && <button type="button" onClick={cancel}>{t('cancel')}</button>}
        {(state.running || state.done > 0) && (
          <>
            <progress max={Math.max(1, state.total)} value={state.done} aria-label={t('progress', { done: state.done, total: state.total })} />
            <span className="muted">{t('progress', { done: state.done, total: state.total })}</span>
          </>
        )}
      </div>
      {state.error && <p className="sim-error" role="alert">{state.error}</p>}
      {view && (
        <>
          {view.cancelled && <p className="sim-note" role="status">{t('cancelledAfter', { done: view.processed })}</p>}
          <div className="sim-row">
            <button type="button" onClick={() => download(`${base}.csv`, resultsToCsv(view.results), 'text/csv')}>{t('exportCsv')}</button>
            <button type="button" onClick={() => download(`${base}.json`, JSON.stringify({ flowId: flow.id, fingerprint: view.fingerprint, summary: view.summary, results: view.results }, null, 2), 'application/json')}>{t('exportJson')}</button>
          </div>
          <BatchSummaryView summary={view.summary} results={view.results} onOpen={onOpen} t={t} />
        </>
      )}
      {runs && runs.length > 0 && (
        <details className="sim-section">
          <summary>{t('savedRuns')} ({runs.length})</summary>
          <ul className="sim-list">
            {runs.map((r) => (
              <li key={r.id}>
                {new Date(r.createdAt).toLocaleString()} · {r.kind} · {r.datasetName} · {r.summary.orders} {t('orders')} ·{' '}
                {r.fingerprint === plan?.fingerprint ? t('thisVersion') : t('olderVersion', { fp: r.fingerprint })}{' '}
                {r.kind === 'batch' && <button type="button" onClick={() => void showSaved(r.id!)}>{t('show')}</button>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
