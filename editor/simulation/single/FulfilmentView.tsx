import type { FulfilmentPlan } from '../../../runtime/index';
import { money } from '../format';
import type { Translate } from '../i18n';

/**
 * The chosen shipments, then the warehouse × carrier pairs the router weighed, with score and why each lost;
 * in a large world only the winner and best rivals are listed and the rest are counted by reason.
 */
export function FulfilmentView({ plan, t }: { plan: FulfilmentPlan | null; t: Translate }) {
  if (!plan)
    return (
      <section className="sim-section">
        <h4>{t('fulfilment')}</h4>
        <p className="muted">{t('noFulfilment')}</p>
      </section>
    );
  return (
    <section className="sim-section" aria-label={t('fulfilment')}>
      <h4>{t('fulfilment')}</h4>
      <p>{plan.explanation}</p>
      {plan.shipments.length > 0 && (
        <table className="sim-table" aria-label={t('shipments')}>
          <thead>
            <tr>
              <th>{t('warehouse')}</th>
              <th>{t('carrier')}</th>
              <th>{t('line')}</th>
              <th className="num">{t('cost')}</th>
              <th className="num">{t('days')}</th>
              <th>{t('promisedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.shipments.map((s, i) => (
              <tr key={i}>
                <td>{s.warehouseId}</td>
                <td>{s.carrierId}</td>
                <td>{s.lines.map((l) => `${l.sku} × ${l.quantity}`).join(', ')}</td>
                <td className="num">{money(s.cost)}</td>
                <td className="num">{s.transitDays}</td>
                <td>{s.promisedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details open={plan.shipments.length === 0}>
        <summary>
          {t('candidates')} ({plan.candidates.length + (plan.omitted?.count ?? 0)})
        </summary>
        <table className="sim-table" aria-label={t('candidates')}>
          <thead>
            <tr>
              <th>{t('warehouse')}</th>
              <th>{t('carrier')}</th>
              <th className="num">{t('score')}</th>
              <th className="num">{t('cost')}</th>
              <th className="num">{t('days')}</th>
              <th>{t('note')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.candidates.map((c) => (
              <tr key={`${c.warehouseId}-${c.carrierId}`} className={c.eligible ? '' : 'sim-ineligible'}>
                <td>{c.warehouseId}</td>
                <td>{c.carrierId}</td>
                <td className="num">{c.eligible ? c.score.toFixed(2) : t('ineligible')}</td>
                <td className="num">{money(c.cost)}</td>
                <td className="num">{c.transitDays ?? '—'}</td>
                <td>{c.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {plan.omitted && (
          <p className="muted" data-testid="route-omitted">
            {plan.omitted.note}
          </p>
        )}
      </details>
    </section>
  );
}
