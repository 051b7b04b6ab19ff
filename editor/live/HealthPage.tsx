/** Order health (订单健康): the KPIs from live runs and fulfilment events, each with its definition and trend. */
import { lazy, Suspense, useCallback, useEffect, useState, type FormEvent } from 'react';
import { useEditor } from '../store/EditorProvider';
import type { ServerApi } from './api';
import { headline, healthQuery, kpisSchema, NO_HEALTH_FILTER, type HealthFilter, type Kpi } from './health-api';
import { useHealthT, type HealthT } from './health.i18n';
import { LivePage } from './LivePage';
import { formatInstant } from './time';

const KpiTrendChart = lazy(() => import('./KpiTrendChart').then((m) => ({ default: m.KpiTrendChart })));

function Filters({ value, onShow, t }: { value: HealthFilter; onShow: (f: HealthFilter) => void; t: HealthT }) {
  const [draft, setDraft] = useState(value);
  const field = (key: keyof HealthFilter, type = 'text') => (
    <label>
      {t(key === 'flowId' ? 'flow' : key)}
      <input type={type} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onShow(draft);
  };
  return (
    <form className="live-filters" onSubmit={submit}>
      {field('flowId')}
      {field('version')}
      {field('channel')}
      {field('province')}
      {field('from', 'date')}
      {field('to', 'date')}
      <button type="submit" className="button primary">
        {t('show')}
      </button>
      <a className="button" href={`/api/v1/health/report${healthQuery(value)}`} download="orderflow-health-audit.html">
        {t('report')}
      </a>
    </form>
  );
}

function KpiCard({ kpi, t }: { kpi: Kpi; t: HealthT }) {
  const locale = useEditor((s) => s.locale);
  const name = kpi.name[locale];
  const figure = headline(kpi);
  return (
    <section className="health-kpi" aria-label={name}>
      <h3>{name}</h3>
      <p className="health-figure">{figure ?? t('noValue')}</p>
      <p className="muted">{kpi.definition[locale]}</p>
      {kpi.groups && kpi.groups.length > 0 && (
        <table className="live-table" aria-label={t('byGroup')}>
          <tbody>
            {kpi.groups.map((g) => (
              <tr key={g.group}>
                <td data-user-text>{g.group}</td>
                <td>{headline({ ...kpi, ...g.result, groups: [] }) ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {kpi.trend.length > 1 && (
        <Suspense fallback={<p className="muted">{t('chartLoading')}</p>}>
          <KpiTrendChart kpi={kpi} name={name} t={t} />
        </Suspense>
      )}
    </section>
  );
}

export function HealthPage({ api, onClose }: { api: ServerApi; onClose: () => void }) {
  const t = useHealthT();
  const locale = useEditor((s) => s.locale);
  const [filter, setFilter] = useState<HealthFilter>(NO_HEALTH_FILTER);
  const [data, setData] = useState<{ runs: number; asOf: string; kpis: Kpi[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(
    async (f: HealthFilter) => {
      try {
        setData(await api.get(`/api/v1/health/kpis${healthQuery(f)}`, kpisSchema));
        setError(null);
      } catch (caught) {
        setError(t('loadFailed', { message: caught instanceof Error ? caught.message : String(caught) }));
      }
    },
    [api, t],
  );
  useEffect(() => void load(filter), [load, filter]);
  return (
    <LivePage title={t('health')} onClose={onClose}>
      <Filters value={filter} onShow={setFilter} t={t} />
      {error && <p className="live-error">{error}</p>}
      {data && <p className="muted">{t('runs', { n: data.runs, at: formatInstant(data.asOf, locale) })}</p>}
      <div className="health-grid">
        {data?.kpis.map((kpi) => (
          <KpiCard key={kpi.id} kpi={kpi} t={t} />
        ))}
      </div>
    </LivePage>
  );
}
