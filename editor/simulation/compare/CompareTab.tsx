import { useState } from 'react';
import type { Flow } from '../../../runtime/index';
import { useLiveQuery } from '../../db/hooks';
import type { Repository } from '../../db/repository';
import type { LoadedDataset } from '../data/loaded-dataset';
import { getRun, listRuns } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { differencesToCsv, download, fileBaseFor } from '../export';
import type { Translate } from '../i18n';
import { saveWhenStored } from '../save-run';
import type { FlowPlan } from '../use-flow-plan';
import { useJob } from '../use-job';
import type { WorkerLike } from '../worker/protocol';
import { CarryOverToggle } from '../CarryOverToggle';
import { ComparisonView } from './ComparisonView';
import { stepName } from '../step-names';
import { useEditor } from '../../store/EditorProvider';
import { formatDateTime } from '../../i18n/dates';
import { comparisonExport, comparisonOfRow, type ShownComparison } from './shown-comparison';

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
export function CompareTab({
  flowPlan,
  dataset,
  db,
  repository,
  compareFlow,
  compareLabel,
  onOpen,
  t,
  createWorker,
}: CompareTabProps) {
  const { flow, plan, registry } = flowPlan;
  const locale = useEditor((s) => s.locale);
  const { state, start, cancel } = useJob(registry, createWorker);
  const versions = useLiveQuery(
    () => (repository ? repository.listVersions(flow.id) : Promise.resolve([])),
    [repository, flow.id],
  );
  const saved = useLiveQuery(
    () => (repository ? repository.getFlow(flow.id) : Promise.resolve(undefined)),
    [repository, flow.id],
  );
  const [picked, setPicked] = useState<string | null>(null);
  const [shown, setShown] = useState<ShownComparison | null>(null);
  const savedComparisons = useLiveQuery(() => listRuns(db, flow.id, 'compare'), [db, flow.id]);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [carryOver, setCarryOver] = useState(false);

  const choices: Choice[] = [
    ...(compareFlow
      ? [{ key: 'prop', label: t('providedVersion', { label: compareLabel ?? compareFlow.name }), flow: compareFlow }]
      : []),
    ...(versions ?? []).map((v) => ({
      key: `v${v.seq}`,
      label: t('version', { label: v.label, time: formatDateTime(v.createdAt, locale) }),
      flow: v.document,
    })),
    ...(saved ? [{ key: 'saved', label: t('savedFlow'), flow: saved.document }] : []),
  ];
  const choice = choices.find((c) => c.key === picked) ?? choices[0];

  const run = async () => {
    if (!dataset || !plan || !choice) return;
    setStoreError(null);
    const done = await start({
      db,
      flow,
      compareFlow: choice.flow,
      source: dataset.source,
      context: dataset.context,
      keepResults: true,
      carryOver,
    });
    if (!done?.compare) return;
    const { summary: beforeSummary, fingerprint: beforeFingerprint, comparison } = done.compare;
    const ran: ShownComparison = {
      label: choice.label,
      datasetId: dataset.id,
      datasetName: dataset.name,
      cancelled: done.cancelled,
      processed: done.processed,
      comparison,
      before: { fingerprint: beforeFingerprint, summary: beforeSummary, flow: choice.flow },
      after: { fingerprint: done.fingerprint, summary: done.summary, flow },
    };
    setShown(ran);
    const saved = await saveWhenStored(db, done, {
      flowId: flow.id,
      flowName: flow.name,
      kind: 'compare',
      datasetId: dataset.id,
      datasetName: dataset.name,
      carryOver,
      compare: { label: choice.label, ...done.compare, flows: { before: choice.flow, after: flow } },
    });
    if (saved.ok) setShown((current) => (current === ran ? { ...ran, savedAt: saved.row.createdAt } : current));
    else setStoreError(saved.message);
  };
  const showSaved = async (id: number) => {
    const row = await getRun(db, id);
    const reopened = row ? comparisonOfRow(row) : null;
    if (reopened) setShown(reopened);
  };
  return (
    <div className="sim-compare">
      {choices.length === 0 ? (
        <p className="muted">{t('noVersions')}</p>
      ) : (
        <div className="sim-row">
          <label>
            {t('compareWith')}{' '}
            <select value={choice?.key} onChange={(e) => setPicked(e.target.value)}>
              {choices.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="primary"
            onClick={() => void run()}
            disabled={state.running || !dataset || !plan || !choice}
          >
            {t('runCompare')}
          </button>
          <CarryOverToggle checked={carryOver} onChange={setCarryOver} disabled={state.running} t={t} />
          {state.running && (
            <>
              <button type="button" onClick={cancel}>
                {t('cancel')}
              </button>
              <progress
                max={Math.max(1, state.total)}
                value={state.done}
                aria-label={t('progress', { done: state.done, total: state.total })}
              />
            </>
          )}
        </div>
      )}
      {(state.error ?? storeError) && (
        <p className="sim-error" role="alert">
          {state.error ?? storeError}
        </p>
      )}
      {shown && (
        <>
          {shown.savedAt && (
            <p className="muted" data-testid="sim-compare-saved">
              {t('savedComparison', {
                label: shown.label,
                time: formatDateTime(shown.savedAt, locale),
                dataset: shown.datasetName,
              })}
            </p>
          )}
          {shown.cancelled && (
            <p className="sim-note" role="status">
              {t('cancelledAfter', { done: shown.processed })}
            </p>
          )}
          <div className="sim-row">
            <button
              type="button"
              onClick={() =>
                download(`${fileBaseFor(flow)}-comparison.csv`, differencesToCsv(shown.comparison), 'text/csv')
              }
            >
              {t('exportCsv')}
            </button>
            <button
              type="button"
              onClick={() =>
                download(
                  `${fileBaseFor(flow)}-comparison.json`,
                  JSON.stringify(comparisonExport(flow.id, shown), null, 2),
                  'application/json',
                )
              }
            >
              {t('exportJson')}
            </button>
          </div>
          <ComparisonView
            comparison={shown.comparison}
            stepName={(id) => stepName(flow, id, registry, locale)}
            onOpen={shown.datasetId === dataset?.id ? onOpen : undefined}
            t={t}
          />
        </>
      )}
      {savedComparisons && savedComparisons.length > 0 && (
        <details className="sim-section">
          <summary>
            {t('savedComparisons')} ({savedComparisons.length})
          </summary>
          <ul className="sim-list" aria-label={t('savedComparisons')}>
            {savedComparisons.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.createdAt, locale)} · {r.compare?.label} · {r.datasetName} ·{' '}
                {t('differing', { n: r.compare?.comparison.differing ?? 0, total: r.summary.orders })}{' '}
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
