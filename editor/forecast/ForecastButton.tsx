import { lazy, Suspense, useState } from 'react';
import { createPortal } from 'react-dom';
import { useForecastT } from './i18n';

// The page (forecast code, ECharts) loads in its own chunk the first time it opens.
const ForecastPage = lazy(() => import('./ForecastPage'));

/** The top bar's "Forecast / 预测" button: opens the Forecast page over the whole editor. */
export function ForecastButton() {
  const t = useForecastT();
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
      {/* Outside the editor root, so the canvas shortcuts never act on keys typed here. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <ForecastPage onClose={() => setOpen(false)} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
