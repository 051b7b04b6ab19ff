import type { Translate } from '../i18n';
import type { BatchView } from './batch-view';
import { BatchSummaryView } from './BatchSummaryView';

export interface BatchResultProps {
  readonly view: BatchView;
  /** Exports are offered once the run's results are stored, one at a time. */
  readonly exporting: boolean;
  readonly onExport: (format: 'csv' | 'json') => void;
  /** Opens an order as a single run; absent when the run was on another data set than the one selected. */
  readonly onOpen: ((index: number) => void) | undefined;
  readonly t: Translate;
}

/** The run on screen: whether it was cancelled, its exports, and its summary with charts. */
export function BatchResult({ view, exporting, onExport, onOpen, t }: BatchResultProps) {
  return (
    <>
      {view.cancelled && (
        <p className="sim-note" role="status">
          {t('cancelledAfter', { done: view.processed })}
        </p>
      )}
      <div className="sim-row">
        <button type="button" disabled={exporting || !view.resultsKey} onClick={() => onExport('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" disabled={exporting || !view.resultsKey} onClick={() => onExport('json')}>
          {t('exportJson')}
        </button>
      </div>
      <BatchSummaryView summary={view.summary} problems={view.problems} onOpen={onOpen} t={t} />
    </>
  );
}
