import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useChannelsT } from './i18n';

// The page (mappings, samples, Monaco) loads in its own chunk the first time it opens.
const ChannelsPage = lazy(() => import('./ChannelsPage'));

/** The top bar's "Channels / 渠道" button: opens the Channels page over the whole editor. */
export function ChannelsButton() {
  const t = useChannelsT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`button${open ? ' is-on' : ''}`}
        aria-pressed={open}
        title={t('openHint')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('open')}
      </button>
      {/* Outside the editor root, so the canvas shortcuts (Delete, Ctrl+Z) never act on keys typed here. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <ChannelsPage onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
