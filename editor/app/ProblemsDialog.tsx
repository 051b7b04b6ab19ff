import { useRef } from 'react';
import { formatProblemPath, type Problem } from '../../runtime/index';
import { problemLabel } from '../i18n/labels';
import { useLocale, useT } from '../i18n/use-t';
import { useModal } from './use-modal';

/** Why an import was refused: every problem, with its line in the file when known. */
export function ProblemsDialog({
  fileName,
  problems,
  onClose,
}: {
  fileName: string;
  problems: readonly Problem[];
  onClose: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const dialog = useRef<HTMLDivElement>(null);
  useModal(dialog, onClose);
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="import-problems-title"
        onClick={(e) => e.stopPropagation()}
      >
        <h2 id="import-problems-title">{t('import.failedTitle')}</h2>
        <p>{t('import.failedIntro', { file: fileName, n: problems.length })}</p>
        <ul className="dialog-problems">
          {problems.map((p, i) => (
            <li key={i} className={`is-${p.severity}`}>
              <strong>{problemLabel(p.code, locale)}</strong>
              {p.line !== undefined && <span className="muted"> · {t('import.line', { n: p.line })}</span>}
              <span className="muted"> · {formatProblemPath(p.path)}</span>
              <div>{p.message}</div>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            {t('dialog.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
