/**
 * SimulationPanel — try the open flow on real orders before it goes live. Self-contained: reads the
 * flow, registry and locale from the editor store; keeps data sets, test cases and runs in its own
 * IndexedDB database ("orderflow-simulation"); paints the canvas only through `useSimulationOverlay`.
 *
 *   <SimulationPanel />                                    inside <EditorProvider>
 *   <SimulationPanel repository={repo} compareFlow={live} compareLabel="Live" />
 */
import { useCallback, useEffect, useState } from 'react';
import type { Flow, TestCase } from '../../runtime/index';
import { orderJsonOf } from '../../runtime/index';
import { openRepository, type Repository } from '../db/repository';
import { setContextTables } from '../rule-builder/context-tables';
import { useEditor } from '../store/EditorProvider';
import { BatchTab } from './batch/BatchTab';
import { CasesTab } from './cases/CasesTab';
import { CompareTab } from './compare/CompareTab';
import { EXAMPLE_DATASET_ID } from './data/example-dataset';
import { loadDataset } from './data/load-dataset';
import type { LoadedDataset } from './data/loaded-dataset';
import { DatasetBar } from './DatasetBar';
import { WorldBar } from './WorldBar';
import { openSimulationDb, type SimulationDb } from './db/simulation-db';
import { useSimT, type SimMessage } from './i18n';
import { useSimulationOverlay } from './overlay';
import { SingleOrderTab } from './single/SingleOrderTab';
import { useSingleRun } from './single/use-single-run';
import { useFlowPlan } from './use-flow-plan';
import type { WorkerLike } from './worker/protocol';
import './simulation.css';

export interface SimulationPanelProps {
  /** A version to compare with that is not in the library (e.g. the one live in production). */
  readonly compareFlow?: Flow;
  readonly compareLabel?: string;
  /** The flow library, for this flow's saved versions. Default: openRepository(). */
  readonly repository?: Repository;
  /** The simulation database. Default: the shared "orderflow-simulation" database. */
  readonly db?: SimulationDb;
  /** How simulation workers (batches, imports, exports) are made. Default: Vite module workers (in-thread where Workers are unavailable). */
  readonly createWorker?: () => WorkerLike;
}

type Tab = 'single' | 'batch' | 'compare' | 'cases';
const TABS: readonly [Tab, SimMessage][] = [
  ['single', 'tabSingle'],
  ['batch', 'tabBatch'],
  ['compare', 'tabCompare'],
  ['cases', 'tabCases'],
];

export function SimulationPanel(props: SimulationPanelProps) {
  const t = useSimT();
  const flowPlan = useFlowPlan();
  const [db] = useState(() => props.db ?? openSimulationDb());
  const [repository] = useState(() => props.repository ?? openRepository());
  const [tab, setTab] = useState<Tab>('single');
  const [datasetId, setDatasetId] = useState(EXAMPLE_DATASET_ID);
  const [dataset, setDataset] = useState<LoadedDataset | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  /** Bumped when the data set's world changes, to load it again. */
  const [revision, setRevision] = useState(0);
  const notJson = useCallback((line: number, message: string) => t('notJson', { line, message }), [t]);
  const locale = useEditor((s) => s.locale);
  const single = useSingleRun(flowPlan.plan, dataset?.context ?? null, notJson, locale);
  const clearOverlay = useSimulationOverlay((s) => s.clear);

  useEffect(() => {
    let live = true;
    setDataset(null);
    loadDataset(db, datasetId).then(
      (d) => live && setDataset(d),
      (e: unknown) => live && setLoadError(String(e)),
    );
    return () => void (live = false);
  }, [db, datasetId, revision]);
  useEffect(() => clearOverlay, [clearOverlay]);
  // The field pickers offer this data set's lookup tables.
  useEffect(() => {
    if (dataset) setContextTables(dataset.context.tables);
  }, [dataset]);

  const openIndex = async (index: number) => {
    const record = await dataset?.record(index);
    const order = record && orderJsonOf(record);
    if (order !== undefined) single.open(order);
    setTab('single');
  };
  const openCase = (testCase: TestCase) => {
    single.open(testCase.order, testCase.decisions ?? {});
    setTab('single');
  };
  const shared = { flowPlan, dataset, db, t, ...(props.createWorker ? { createWorker: props.createWorker } : {}) };
  const onOpen = (index: number) => void openIndex(index);
  return (
    <section className="sim-panel" aria-label={t('title')}>
      <DatasetBar
        db={db}
        value={datasetId}
        onChange={setDatasetId}
        t={t}
        {...(props.createWorker ? { createWorker: props.createWorker } : {})}
      />
      {dataset && dataset.id !== EXAMPLE_DATASET_ID && (
        <WorldBar db={db} dataset={dataset} onChanged={() => setRevision((r) => r + 1)} t={t} />
      )}
      {!dataset && !loadError && <p className="muted">{t('loading')}</p>}
      {loadError && (
        <p className="sim-error" role="alert">
          {loadError}
        </p>
      )}
      {!flowPlan.plan && (
        <p className="sim-error" role="alert">
          {t('flowHasErrors')}
        </p>
      )}
      <div className="sim-tabs" role="tablist">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`sim-tab-${id}`}
            aria-selected={tab === id}
            className={tab === id ? 'is-on' : ''}
            onClick={() => setTab(id)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {/* Every tab stays mounted, so a batch keeps running and a run stays on screen while you switch. */}
      <div role="tabpanel" aria-labelledby="sim-tab-single" hidden={tab !== 'single'}>
        <SingleOrderTab single={single} dataset={dataset} flowPlan={flowPlan} t={t} />
      </div>
      <div role="tabpanel" aria-labelledby="sim-tab-batch" hidden={tab !== 'batch'}>
        <BatchTab {...shared} onOpen={onOpen} />
      </div>
      <div role="tabpanel" aria-labelledby="sim-tab-compare" hidden={tab !== 'compare'}>
        <CompareTab
          {...shared}
          repository={repository}
          {...(props.compareFlow ? { compareFlow: props.compareFlow } : {})}
          {...(props.compareLabel ? { compareLabel: props.compareLabel } : {})}
          onOpen={onOpen}
        />
      </div>
      <div role="tabpanel" aria-labelledby="sim-tab-cases" hidden={tab !== 'cases'}>
        <CasesTab
          flowPlan={flowPlan}
          db={db}
          single={single}
          context={dataset?.context ?? null}
          onOpenCase={openCase}
          t={t}
        />
      </div>
    </section>
  );
}

export default SimulationPanel;
