import { CarryOverToggle } from '../CarryOverToggle';
import type { Translate } from '../i18n';
import type { JobState } from '../use-job';

export interface BatchControlsProps {
  /** Run is offered when there is a data set and a flow that compiles. */
  readonly canRun: boolean;
  readonly onRun: () => void;
  readonly state: JobState;
  readonly onCancel: () => void;
  readonly carryOver: boolean;
  readonly onCarryOver: (on: boolean) => void;
  readonly t: Translate;
}

/** Run, carry-over, cancel while running, and the progress (kept after the run, showing how far it got). */
export function BatchControls({ canRun, onRun, state, onCancel, carryOver, onCarryOver, t }: BatchControlsProps) {
  return (
    <div className="sim-row">
      <button type="button" className="primary" onClick={onRun} disabled={state.running || !canRun}>
        {t('runBatch')}
      </button>
      <CarryOverToggle checked={carryOver} onChange={onCarryOver} disabled={state.running} t={t} />
      {state.running && (
        <button type="button" onClick={onCancel}>
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
  );
}
