import { useState } from 'react';
import type { NodeRegistry } from '../../../runtime/index';
import type { Flow } from '../../../runtime/index';
import { useLiveQuery } from '../../db/hooks';
import type { LoadedDataset } from '../data/loaded-dataset';
import { getRun, listRuns } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { saveWhenStored } from '../save-run';
import { useJob } from '../use-job';
import type { WorkerLike } from '../worker/protocol';
import type { CompareChoice } from './compare-choices';
import { comparisonOfRow, type ShownComparison } from './shown-comparison';

/**
 * Comparing `flow` with a chosen version over a data set in workers: the job's progress, the comparison
 * on screen (just run, then marked saved once stored; or a saved one reopened) and the saved ones.
 */
export function useComparisonRun(
  db: SimulationDb,
  flow: Flow,
  registry: NodeRegistry,
  createWorker: (() => WorkerLike) | undefined,
) {
  const { state, start, cancel } = useJob(registry, createWorker);
  const [shown, setShown] = useState<ShownComparison | null>(null);
  const savedComparisons = useLiveQuery(() => listRuns(db, flow.id, 'compare'), [db, flow.id]);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [carryOver, setCarryOver] = useState(false);

  const run = async (dataset: LoadedDataset, choice: CompareChoice) => {
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
    // Only the comparison still on screen is marked saved: another may have been opened meanwhile.
    if (saved.ok) setShown((current) => (current === ran ? { ...ran, savedAt: saved.row.createdAt } : current));
    else setStoreError(saved.message);
  };
  const showSaved = async (id: number) => {
    const row = await getRun(db, id);
    const reopened = row ? comparisonOfRow(row) : null;
    if (reopened) setShown(reopened);
  };
  return {
    state,
    cancel,
    error: state.error ?? storeError,
    shown,
    savedComparisons,
    carryOver,
    setCarryOver,
    run,
    showSaved,
  };
}
