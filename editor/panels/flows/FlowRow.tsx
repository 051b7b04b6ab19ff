import { useState } from 'react';
import type { Locale } from '../../../runtime/index';
import type { FlowSummary } from '../../db/flows-repo';
import { formatTime, msg } from './flows.i18n';

interface Props {
  readonly flow: FlowSummary;
  readonly active: boolean;
  readonly locale: Locale;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => void;
  readonly onDuplicate: () => void;
  readonly onExport: () => void;
  readonly onDelete: () => void;
}

/** One flow in the list; renaming happens in place (Enter saves, Escape cancels). */
export function FlowRow({ flow, active, locale, onOpen, onRename, onDuplicate, onExport, onDelete }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  const valid = editing !== null && editing.trim().length > 0 && editing.trim().length <= 200;
  const commit = () => {
    if (!valid) return;
    onRename(editing!.trim());
    setEditing(null);
  };
  return (
    <li className={active ? 'of-flow of-flow-active' : 'of-flow'} aria-current={active || undefined}>
      {editing === null ? (
        <button type="button" className="of-flow-open" onClick={onOpen}>
          <span className="of-flow-name" data-user-text="">
            {flow.name}
          </span>
          {flow.hasDraft && <span className="of-flow-draft"> · {msg('draft', locale)}</span>}
          <small className="of-flow-time">
            {' '}
            {msg('updated', locale)} {formatTime(flow.updatedAt, locale)}
          </small>
        </button>
      ) : (
        <form
          className="of-flow-rename"
          onSubmit={(e) => {
            e.preventDefault();
            commit();
          }}
        >
          <input
            autoFocus
            aria-label={msg('rename', locale)}
            value={editing}
            aria-invalid={!valid}
            title={valid ? undefined : msg('nameRequired', locale)}
            onChange={(e) => setEditing(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
          />
          <button type="submit" disabled={!valid}>
            {msg('save', locale)}
          </button>
          <button type="button" onClick={() => setEditing(null)}>
            {msg('cancel', locale)}
          </button>
        </form>
      )}
      {editing === null && (
        <span className="of-flow-actions">
          <button type="button" onClick={() => setEditing(flow.name)}>
            {msg('rename', locale)}
          </button>
          <button type="button" onClick={onDuplicate}>
            {msg('duplicate', locale)}
          </button>
          <button type="button" onClick={onExport}>
            {msg('exportFile', locale)}
          </button>
          <button type="button" onClick={onDelete}>
            {msg('delete', locale)}
          </button>
        </span>
      )}
    </li>
  );
}
