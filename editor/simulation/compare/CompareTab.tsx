import type { Flow } from '../../../runtime/index';
import type { Repository } from '../../db/repository';
import type { LoadedDataset } from '../data/loaded-dataset';
import type { SimulationDb } from '../db/simulation-db';
import type { Translate } from '../i18n';
import type { FlowPlan } from '../use-flow-plan';
import type { WorkerLike } from '../worker/protocol';
import { stepName } from '../step-names';
import { useEditor } from '../../store/EditorProvider';
import { CompareControls } from './CompareControls';
import { ComparisonResult } from './ComparisonResult';
import { SavedComparisons } from './SavedComparisons';
import { useCompareChoices } from './use-compare-choices';
import { useComparisonRun } from './use-comparison-run';

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

/** The current flow against another version over the same orders: what changes, and for which orders. */
export function CompareTab(props: CompareTabProps) {
  const { flowPlan, dataset, db, compareFlow, onOpen, t } = props;
  const { flow, plan, registry } = flowPlan;
  const locale = useEditor((s) => s.locale);
  const provided = compareFlow
    ? { flow: compareFlow, ...(props.compareLabel !== undefined ? { label: props.compareLabel } : {}) }
    : undefined;
  const { choices, choice, setPicked } = useCompareChoices(flow.id, props.repository, provided, t, locale);
  const job = useComparisonRun(db, flow, registry, props.createWorker);
  const run = () => {
    if (dataset && plan && choice) void job.run(dataset, choice);
  };
  return (
    <div className="sim-compare">
      <CompareControls
        choices={choices}
        choice={choice}
        onPick={setPicked}
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
      {job.shown && (
        <ComparisonResult
          shown={job.shown}
          flow={flow}
          stepName={(id) => stepName(flow, id, registry, locale)}
          onOpen={job.shown.datasetId === dataset?.id ? onOpen : undefined}
          locale={locale}
          t={t}
        />
      )}
      <SavedComparisons rows={job.savedComparisons} onShow={(id) => void job.showSaved(id)} locale={locale} t={t} />
    </div>
  );
}
