import type { Locale } from '../../../runtime/index';
import type { DeletedSummary } from '../../db/flows-repo';
import { formatTime, msg } from './flows.i18n';

interface Props {
  readonly deleted: readonly DeletedSummary[];
  readonly locale: Locale;
  readonly keepDays: number;
  readonly onRestore: (id: string) => void;
  readonly onDeleteForever: (id: string) => void;
}

/** Deleted flows (with their versions) wait here for `keepDays`; any can be restored, or emptied for good. */
export function TrashList({ deleted, locale, keepDays, onRestore, onDeleteForever }: Props) {
  if (deleted.length === 0) return null;
  return (
    <details className="of-trash">
      <summary>{msg('trash', locale, { n: deleted.length })}</summary>
      <p className="of-trash-help">{msg('trashHelp', locale, { days: keepDays })}</p>
      <ul className="of-trash-list">
        {deleted.map((flow) => (
          <li key={flow.id} className="of-trash-item">
            <span className="of-flow-name" data-user-text="" id={`of-trash-${flow.id}`}>
              {flow.name}
            </span>
            <small className="of-flow-time">
              {msg('deletedAt', locale)} {formatTime(flow.deletedAt, locale)}
            </small>
            <span className="of-flow-actions">
              <button type="button" onClick={() => onRestore(flow.id)} aria-describedby={`of-trash-${flow.id}`}>
                {msg('restore', locale)}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => onDeleteForever(flow.id)}
                aria-describedby={`of-trash-${flow.id}`}
              >
                {msg('deleteForever', locale)}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
