import { useEffect } from 'react';
import type { Locale } from '../../../runtime/index';
import { msg } from './flows.i18n';

interface Props {
  readonly message: string;
  /** The flow's name, shown as the person typed it. */
  readonly name?: string;
  readonly onUndo: () => void;
  readonly onClose: () => void;
  readonly locale: Locale;
  /** How long the undo stays offered. */
  readonly timeoutMs: number;
}

/** "Deleted “VIP discount”. Undo" — disappears after `timeoutMs`; the deletion then stays. */
export function UndoToast({ message, name, onUndo, onClose, locale, timeoutMs }: Props) {
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [onClose, timeoutMs, message]);
  return (
    <div className="of-toast" role="status" aria-live="polite">
      <span>{message}</span> {name !== undefined && <span data-user-text="">“{name}”</span>}{' '}
      <button type="button" onClick={onUndo}>
        {msg('undo', locale)}
      </button>{' '}
      <button type="button" aria-label={msg('dismiss', locale)} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
