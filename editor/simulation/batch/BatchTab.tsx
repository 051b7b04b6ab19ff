import type { LoadedDataset } from '../data/loaded-dataset';
import type { SimulationDb } from '../db/simulation-db';
import type { Translate } from '../i18n';
import { useEditor } from '../../store/EditorProvider';
import type { FlowPlan } from '../use-flow-plan';
import type { WorkerLike } from '../worker/protocol';
import { BatchControls } from './BatchControls';
import { BatchResult } from './BatchResult';
import { SavedRuns } from './SavedRuns';
import { useBatchExport } from './use-batch-export';
import { useBatchRun } from './use-batch-run';

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
  const job = useBatchRun(db, flow, registry, createWorker);
  const { exporting, exportAs } = useBatchExport(db, flow, registry, locale, createWorker);
  const { view } = job;
  const run = () => {
    if (dataset && plan) void job.run(dataset);
  };
  return (
    <div className="sim-batch">
      <BatchControls
        canRun={dataset !== null && plan !== null}
        onRun={run}
        state={job.state}
        onCancel={job.cancel}
        carryOver={job.carryOver}
        onCarryOver={job.setCarryOver}
        t={t}
      />
      {job.error && (
        <p className="sim-error" role="alert">
          {job.error}
        </p>
      )}
      {view && (
        <BatchResult
          view={view}
          exporting={exporting}
          onExport={(format) => void exportAs(view, format)}
          onOpen={view.datasetId === dataset?.id ? onOpen : undefined}
          t={t}
        />
      )}
      <SavedRuns
        rows={job.runs}
        fingerprint={plan?.fingerprint}
        onShow={(id) => void job.showSaved(id)}
        locale={locale}
        t={t}
      />
    </div>
  );
}
