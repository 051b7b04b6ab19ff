import { useRef } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import { useModal } from './use-modal';

/** Keys and what they do; Mac users read Ctrl as ⌘. */
const SHORTCUTS: readonly (readonly [keys: string, what: MessageKey])[] = [
  ['?', 'keys.sheet'],
  ['Ctrl+S', 'keys.save'],
  ['Ctrl+Z', 'keys.undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'keys.redo'],
  ['Ctrl+A', 'keys.selectAll'],
  ['Ctrl+C / Ctrl+V', 'keys.copyPaste'],
  ['Ctrl+D', 'keys.duplicate'],
  ['Delete', 'keys.delete'],
  ['C', 'keys.connect'],
  ['Tab', 'keys.tab'],
  ['Enter', 'keys.enter'],
  ['← ↑ → ↓', 'keys.arrows'],
  ['Esc', 'keys.escape'],
];

/** The `?` sheet: every keyboard shortcut of the editor, in the UI language. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDivElement>(null);
  useModal(dialog, onClose);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="dialog dialog-small"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="shortcuts-title">{t('keys.title')}</h2>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUTS.map(([keys, what]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('dialog.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
