import type { Flow, Locale } from '../../../runtime/index';
import { formatDateTime } from '../../i18n/dates';
import { differencesToCsv, download, fileBaseFor } from '../export';
import type { Translate } from '../i18n';
import { ComparisonView } from './ComparisonView';
import { comparisonExport, type ShownComparison } from './shown-comparison';

export interface ComparisonResultProps {
  readonly shown: ShownComparison;
  readonly flow: Flow;
  readonly stepName: (id: string) => string;
  /** Opens an order as a single run; absent when the comparison ran on another data set than the one selected. */
  readonly onOpen: ((index: number) => void) | undefined;
  readonly locale: Locale;
  readonly t: Translate;
}

/** The comparison on screen: when it was saved, whether it was cancelled, its exports and its differences. */
export function ComparisonResult({ shown, flow, stepName, onOpen, locale, t }: ComparisonResultProps) {
  const exportCsv = () =>
    download(`${fileBaseFor(flow)}-comparison.csv`, differencesToCsv(shown.comparison), 'text/csv');
  const exportJson = () =>
    download(
      `${fileBaseFor(flow)}-comparison.json`,
      JSON.stringify(comparisonExport(flow.id, shown), null, 2),
      'application/json',
    );
  return (
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
        <button type="button" onClick={exportCsv}>
          {t('exportCsv')}
        </button>
        <button type="button" onClick={exportJson}>
          {t('exportJson')}
        </button>
      </div>
      <ComparisonView comparison={shown.comparison} stepName={stepName} onOpen={onOpen} t={t} />
    </>
  );
}
