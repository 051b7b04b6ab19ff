import type { ReactNode } from 'react';
import { useLiveT } from './live.i18n';

/** A page over the whole editor (inbox, history, audit) with its title and a close button. */
export function LivePage({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const t = useLiveT();
  return (
    <div className="live-page" role="dialog" aria-label={title}>
      <header className="live-page-head">
        <h2>{title}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      <div className="live-page-body">{children}</div>
    </div>
  );
}
