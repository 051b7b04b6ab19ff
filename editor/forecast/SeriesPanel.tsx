import { useMemo, useState } from 'react';
import { ForecastChart } from './ForecastChart';
import type { SeriesView } from './forecast-job';
import type { ForecastT } from './i18n';

const fixed = (x: number) => (Math.round(x * 10) / 10).toLocaleString('en-US');

/** The series list (forecast level first, then the sums) and the chosen series' chart and explanation. */
export function SeriesPanel({ series, t }: { readonly series: readonly SeriesView[]; readonly t: ForecastT }) {
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const shown = useMemo(
    () => series.filter((s) => s.key.toLowerCase().includes(filter.trim().toLowerCase())),
    [series, filter],
  );
  const id = (s: SeriesView) => `${s.level}\u0000${s.key}`;
  const current = series.find((s) => id(s) === chosen) ?? series.find((s) => s.level === 'total') ?? series[0];
  if (!current) return null;
  const total = current.point.reduce((a, b) => a + b, 0);
  return (
    <div className="fc-series">
      <div className="fc-list">
        <input
          className="input"
          aria-label={t('filter')}
          placeholder={t('filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <ul role="listbox" aria-label={t('series')}>
          {shown.map((s) => (
            <li
              key={id(s)}
              role="option"
              aria-selected={s === current}
              className={s === current ? 'is-on' : ''}
              onClick={() => setChosen(id(s))}
            >
              <span className="fc-key">{s.key}</span>
              <span className="fc-muted">{s.level === 'bottom' ? t('bottom') : s.level}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="fc-detail">
        <h3>{current.key}</h3>
        <ForecastChart series={current} t={t} />
        <p>
          {t('total', {
            days: current.point.length,
            total: fixed(total),
            lo: fixed(current.lo80[0] ?? 0),
            hi: fixed(current.hi80[0] ?? 0),
          })}
        </p>
        <dl className="fc-facts">
          <dt>{t('method')}</dt>
          <dd data-testid="fc-method">{current.method}</dd>
          {current.demandClass && (
            <>
              <dt>{t('demandClass')}</dt>
              <dd>{current.demandClass}</dd>
            </>
          )}
          <dt>{t('why')}</dt>
          <dd data-testid="fc-why">{current.why}</dd>
          {current.promo.some(Boolean) && (
            <>
              <dt>{t('promo')}</dt>
              <dd>{current.promo.filter(Boolean).length}</dd>
            </>
          )}
        </dl>
      </div>
    </div>
  );
}
