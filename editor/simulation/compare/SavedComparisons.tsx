import type { Locale } from '../../../runtime/index';
import { formatDateTime } from '../../i18n/dates';
import type { RunRow } from '../db/simulation-db';
import type { Translate } from '../i18n';

export interface SavedComparisonsProps {
  readonly rows: readonly RunRow[] | undefined;
  readonly onShow: (id: number) => void;
  readonly locale: Locale;
  readonly t: Translate;
}

/** The comparisons kept for this flow (folded away), each with how many orders differed and Show. */
export function SavedComparisons({ rows, onShow, locale, t }: SavedComparisonsProps) {
  if (!rows || rows.length === 0) return null;
  return (
    <details className="sim-section">
      <summary>
        {t('savedComparisons')} ({rows.length})
      </summary>
      <ul className="sim-list" aria-label={t('savedComparisons')}>
        {rows.map((r) => (
          <li key={r.id}>
            {formatDateTime(r.createdAt, locale)} · {r.compare?.label} · {r.datasetName} ·{' '}
            {t('differing', { n: r.compare?.comparison.differing ?? 0, total: r.summary.orders })}{' '}
            <button type="button" onClick={() => onShow(r.id!)}>
              {t('show')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
