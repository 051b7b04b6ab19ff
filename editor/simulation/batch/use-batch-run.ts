import { useState } from 'react';
import type { Flow, NodeRegistry } from '../../../runtime/index';
import { useLiveQuery } from '../../db/hooks';
import { afterNextPaint } from '../after-paint';
import type { LoadedDataset } from '../data/loaded-dataset';
import { getRun, listRuns } from '../db/repo';
import type { SimulationDb } from '../db/simulation-db';
import { useSimulationOverlay } from '../overlay';
import { saveWhenStored } from '../save-run';
import { useJob } from '../use-job';
import type { WorkerLike } from '../worker/protocol';
import { viewOfRun, type BatchView } from './batch-view';

/**
 * Running `flow` over a whole data set in workers: the job's progress, the run on screen (its hits
 * drawn on the canvas; offered for export once stored) and the saved runs, which can be shown again.
 */
export function useBatchRun(
  db: SimulationDb,
  flow: Flow,
  registry: NodeRegistry,
  createWorker: (() => WorkerLike) | undefined,
) {
  const { state, start, cancel } = useJob(registry, createWorker);
  const [view, setView] = useState<BatchView | null>(null);
  const [storeError, setStoreError] = useState<string | null>(null);
  const [carryOver, setCarryOver] = useState(false);
  const setHits = useSimulationOverlay((s) => s.show);
  // Comparisons are listed and reopened on the Compare tab.
  const runs = useLiveQuery(() => listRuns(db, flow.id, 'batch'), [db, flow.id]);

  const run = async (dataset: LoadedDataset) => {
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
    if (row) setView(viewOfRun(row));
  };
  return { state, cancel, error: state.error ?? storeError, view, runs, carryOver, setCarryOver, run, showSaved };
}
