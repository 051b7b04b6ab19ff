import type { Problem } from '../../runtime/index';
import { useDictionary } from '../i18n/use-t';
import { TABLE_MESSAGES } from './table.i18n';
import * as edit from './table-model';

interface Props {
  readonly r: number;
  readonly count: number;
  readonly matched: boolean;
  readonly problems: readonly Problem[];
  readonly onEdit: (change: (table: edit.TableConfig) => edit.TableConfig) => void;
}

/** The row number, the row's problems (overlaps, a first-hit table's missing catch-all), and its actions. */
export function RowHeader({ r, count, matched, problems, onEdit }: Props) {
  const t = useDictionary(TABLE_MESSAGES);
  const n = r + 1;
  return (
    <th scope="row" className="dt-row-head" aria-invalid={problems.length > 0 || undefined}>
      <span className="dt-row-number">{n}</span>
      {matched && (
        <span className="dt-matched-badge" title={t('matched')} aria-label={t('matched')}>
          ●
        </span>
      )}
      <div className="dt-row-actions" role="group" aria-label={t('rowActions', { n })}>
        <button
          type="button"
          aria-label={`${t('moveUp')}: ${t('row', { n })}`}
          disabled={r === 0}
          onClick={() => onEdit((tb) => edit.moveRow(tb, r, r - 1))}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`${t('moveDown')}: ${t('row', { n })}`}
          disabled={r === count - 1}
          onClick={() => onEdit((tb) => edit.moveRow(tb, r, r + 1))}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`${t('duplicate')}: ${t('row', { n })}`}
          onClick={() => onEdit((tb) => edit.duplicateRow(tb, r))}
        >
          ×2
        </button>
        <button
          type="button"
          aria-label={`${t('insertBelow')}: ${t('row', { n })}`}
          onClick={() => onEdit((tb) => edit.insertRow(tb, r + 1))}
        >
          +
        </button>
        <button
          type="button"
          aria-label={`${t('delete')}: ${t('row', { n })}`}
          onClick={() => onEdit((tb) => edit.deleteRow(tb, r))}
        >
          ✕
        </button>
      </div>
      {problems.map((p, i) => (
        <p key={i} className={`dt-problem is-${p.severity}`}>
          {p.message}
        </p>
      ))}
    </th>
  );
}
