import { useState } from 'react';
import type { Flow } from '../../../runtime/flow/flow.schema';
import { useLiveQuery } from '../../db/hooks';
import type { Repository } from '../../db/repository';
import type { LoadedDataset } from '../data/loaded-dataset';
import type { SimulationDb } from '../db/simulation-db';
import { differencesToCsv, download } from '../export';
import type { Translate } from '../i18n';
import { saveWhenStored } from '../save-run';
import type { FlowPlan } from '../use-flow-plan';
import { useJob } from '../use-job';
import type { BatchResult } from '../worker/job-client';
import type { WorkerLike } from '../worker/protocol';
import { ComparisonView } from './ComparisonView';

export interface CompareTabProps {
  readonly flowPlan: FlowPlan;
  readonly dataset: LoadedDataset | null;
  readonly db: SimulationDb;
  /** The flow library, for saved versions of this flow. */
  readonly repository?: Repository;
  /** A version given by the host (e.g. the one live in production). */
  readonly compareFlow?: Flow;
  readonly compareLabel?: string;
  readonly onOpen: (index: number) => void;
  readonly t: Translate;
  readonly createWorker?: () => WorkerLike;
}

interface Choice {
  readonly key: string;
  readonly label: string;
  readonly flow: Flow;
}

/** The current flow against another version over the same orders: what changes, and for which orders. */
export function CompareTab({ flowPlan, dataset, db, repository, compareFlow, compareLabel, onOpen, t, createWorker }: CompareTabProps) {
  const { flow, plan, registry } = flowPlan;
  const { state, start, cancel } = useJob(registry, createWorker);
  const versions = useLiveQuery(() => (repository ? repository.listVersions(flow.id) : Promise.resolve([])), [repository, flow.id]);
  const saved = useLiveQuery(() => (repository ? repository.getFlow(flow.id) : Promise.resolve(undefined)), [repository, flow.id]);
  const [picked, setPicked] = useState<string | null>(null);
  const [result, setResult] = useState<BatchResult | null>(null);
  const [storeError, setStoreError] = useState<string | null>(null);

  const choices: Choice[] = [
    ...(compareFlow ? [{ key: 'prop', label: t('providedVersion', { label: compareLabel ?? compareFlow.name }), flow: compareFlow }] : []),
    ...(versions ?? []).map((v) => ({ key: `v${v.seq}`, label: t('version', { label: v.label, time: new Date(v.createdAt).toLocaleString() }), flow: v.document })),
    ...(saved ? [{ key: 'saved', label: t('savedFlow'), flow: saved.document }] : []),
  ];
  const choice = choices.find((c) => c.key === picked) ?? choices[0];

  const run = async () => {
    if (!dataset || !plan || !choice) return;
    setStoreError(null);
    const done = await start({ db, flow, compareFlow: choice.flow, source: dataset.source, context: dataset.context, keepResults: true });
    if (!done?.compare) return;
    setResult(done);
    const saved = await saveWhenStored(db, done, {
      flowId: flow.id, flowName: flow.name, kind: 'compare', datasetId: dataset.id, datasetName: dataset.name, compare: { label: choice.label, ...done.compare },
    });
    if (!saved.ok) setStoreError(saved.message);
  };
  return (
    <div className="sim-compare">
      {choices.length === 0 ? <p className="muted">{t('noVersions')}</p> : (
        <div className="sim-row">
          <label>
            {t('compareWith')}{' '}
            <select value={choice?.key} onChange={(e) => setPicked(e.target.value)}>
              {choices.map((c) => <option key={c.key} value={c.key}>{c.label}</option>)}
            </select>
          </label>
          <button type="button" className="primary" onClick={() => void run()} disabled={state.running || !dataset || !plan || !choice}>{t('runCompare')}</button>
          {state.running && (
            <>
              <button type="button" onClick={cancel}>{t('cancel')}</button>
              <progress max={Math.max(1, state.total)} value={state.done} aria-label={t('progress', { done: state.done, total: state.total })} />
            </>
          )}
        </div>
      )}
      {(state.error ?? storeError) && <p className="sim-error" role="alert">{state.error ?? storeError}</p>}
      {result?.compare && (
        <>
          {result.cancelled && <p className="sim-note" role="status">{t('cancelledAfter', { done: result.processed })}</p>}
          <div className="sim-row">
            <button type="button" onClick={() => download(`${flow.id}-comparison.csv`, differencesToCsv(result.compare!.comparison), 'text/csv')}>{t('exportCsv')}</button>
            <button type="button" onClick={() => download(`${flow.id}-comparison.json`, JSON.stringify({ flowId: flow.id, after: result.fingerprint, before: result.compare!.fingerprint, comparison: result.compare!.comparison }, null, 2), 'application/json')}>{t('exportJson')}</button>
          </div>
          <ComparisonView comparison={result.compare.comparison} onOpen={onOpen} t={t} />
        </>
      )}
    </div>
  );
}
