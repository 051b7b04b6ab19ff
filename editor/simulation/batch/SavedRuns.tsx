import type { Locale } from '../../../runtime/index';
import { formatDateTime } from '../../i18n/dates';
import type { RunRow } from '../db/simulation-db';
import type { Translate } from '../i18n';

export interface SavedRunsProps {
  readonly rows: readonly RunRow[] | undefined;
  /** The fingerprint of the flow as it is now: runs of other versions say so. */
  readonly fingerprint: string | undefined;
  readonly onShow: (id: number) => void;
  readonly locale: Locale;
  readonly t: Translate;
}

/** The batch runs kept for this flow (folded away), each with its data set, size, version and Show. */
export function SavedRuns({ rows, fingerprint, onShow, locale, t }: SavedRunsProps) {
  if (!rows || rows.length === 0) return null;
  return (
    <details className="sim-section">
      <summary>
        {t('savedRuns')} ({rows.length})
      </summary>
      <ul className="sim-list">
        {rows.map((r) => (
          <li key={r.id}>
            {formatDateTime(r.createdAt, locale)} · {r.datasetName}
            {r.carryOver ? ` · ${t('carryOver')}` : ''} · {r.summary.orders} {t('orders')} ·{' '}
            {r.fingerprint === fingerprint ? t('thisVersion') : t('olderVersion', { fp: r.fingerprint })}{' '}
            <button type="button" onClick={() => onShow(r.id!)}>
              {t('show')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
