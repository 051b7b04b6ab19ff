import { useDeferredValue } from 'react';
import type { SimulationSummary, CompactResult } from '../../../runtime/index';
import { moneyByCurrency, sumValues } from '../format';
import { translateDynamic, type SimMessage, type Translate } from '../i18n';
import { BarChart, barsOf } from './BarChart';
import { ServiceTable } from './ServiceTable';

const NONE: readonly CompactResult[] = [];

/**
 * Key figures, four bar charts, and the failed or rejected orders, each openable as a single run:
 * the first PROBLEMS_LISTED of them (the batch hands back no more), under their full count.
 */
export function BatchSummaryView({
  summary,
  problems,
  onOpen,
  t,
}: {
  summary: SimulationSummary;
  problems: readonly CompactResult[];
  onOpen?: ((index: number) => void) | undefined;
  t: Translate;
}) {
  // The figures and charts show at once; the (up to 100) rows follow in a render React can interrupt,
  // so putting a batch's outcome on screen stays one short task.
  const listed = useDeferredValue(problems, NONE);
  const statuses = (['completed', 'waiting', 'rejected', 'failed'] as const).map((s) => ({
    label: t(s as SimMessage),
    value: summary.status[s],
  }));
  const discount = Object.fromEntries(Object.entries(summary.discounts).map(([c, tally]) => [c, tally.amount]));
  const giftUnits = sumValues(Object.fromEntries(Object.entries(summary.gifts).map(([sku, g]) => [sku, g.quantity])));
  const problemCount = summary.status.rejected + summary.status.failed;
  return (
    <div className="sim-batch-summary">
      <dl className="sim-kpis">
        <div>
          <dt>{t('orders')}</dt>
          <dd data-testid="sim-orders">{summary.orders}</dd>
        </div>
        <div>
          <dt>{t('discountCost')}</dt>
          <dd>{moneyByCurrency(discount)}</dd>
        </div>
        <div>
          <dt>{t('giftUnits')}</dt>
          <dd>{giftUnits}</dd>
        </div>
        <div>
          <dt>{t('routed')}</dt>
          <dd>{summary.routes.routed}</dd>
        </div>
        <div>
          <dt>{t('split')}</dt>
          <dd>{summary.routes.split}</dd>
        </div>
        <div>
          <dt>{t('shippingCost')}</dt>
          <dd>
            {moneyByCurrency(
              Object.fromEntries(Object.entries(summary.routes.shippingCost).map(([c, v]) => [c, v.amount])),
            )}
          </dd>
        </div>
      </dl>
      <div className="sim-charts">
        <BarChart title={t('outcomes')} data={statuses} />
        <BarChart
          title={t('decision')}
          data={barsOf(summary.decisions).map((bar) => ({
            ...bar,
            label: translateDynamic(t, 'decision_', bar.label),
          }))}
        />
        <BarChart title={t('routesByWarehouse')} data={barsOf(summary.routes.warehouses)} />
        <BarChart title={t('routesByCarrier')} data={barsOf(summary.routes.carriers)} />
      </div>
      <ServiceTable title={t('serviceByProvince')} tallies={summary.service?.byProvince} t={t} />
      <ServiceTable title={t('serviceByChannel')} tallies={summary.service?.byChannel} t={t} />
      <section className="sim-section" aria-label={t('problemsList')}>
        <h4>
          {t('problemsList')} ({problemCount})
        </h4>
        {problemCount === 0 ? (
          <p className="muted">{t('noProblems')}</p>
        ) : (
          <ul className="sim-list">
            {listed.map((r) => (
              <li key={r.index}>
                <strong>{r.orderId ?? `#${r.index + 1}`}</strong>
                {r.line !== undefined && <small className="muted"> (line {r.line})</small>} {t(r.status as SimMessage)}:{' '}
                {(r.reasons ?? []).join('; ')}{' '}
                {onOpen && r.orderId !== null && (
                  <button type="button" onClick={() => onOpen(r.index)}>
                    {t('open')}
                  </button>
                )}
              </li>
            ))}
            {problemCount > listed.length && listed.length > 0 && <li className="muted">…</li>}
          </ul>
        )}
      </section>
    </div>
  );
}
