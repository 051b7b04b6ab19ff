import { CarryOverToggle } from '../CarryOverToggle';
import type { Translate } from '../i18n';
import type { JobState } from '../use-job';
import type { CompareChoice } from './compare-choices';

export interface CompareControlsProps {
  readonly choices: readonly CompareChoice[];
  readonly choice: CompareChoice | undefined;
  readonly onPick: (key: string) => void;
  /** Run is offered when there is a data set and a flow that compiles. */
  readonly canRun: boolean;
  readonly onRun: () => void;
  readonly state: JobState;
  readonly onCancel: () => void;
  readonly carryOver: boolean;
  readonly onCarryOver: (on: boolean) => void;
  readonly t: Translate;
}

/** The version to compare with, Run, carry-over, and cancel with progress while it runs. */
export function CompareControls({ choices, choice, state, t, ...props }: CompareControlsProps) {
  if (choices.length === 0) return <p className="muted">{t('noVersions')}</p>;
  return (
    <div className="sim-row">
      <label>
        {t('compareWith')}{' '}
        <select value={choice?.key} onChange={(e) => props.onPick(e.target.value)}>
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
        onClick={props.onRun}
        disabled={state.running || !props.canRun || !choice}
      >
        {t('runCompare')}
      </button>
      <CarryOverToggle checked={props.carryOver} onChange={props.onCarryOver} disabled={state.running} t={t} />
      {state.running && (
        <>
          <button type="button" onClick={props.onCancel}>
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
  );
}
