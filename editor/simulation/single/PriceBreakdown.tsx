import type { Order, Outcome, Totals } from '../../../runtime/index';
import { money } from '../format';
import type { Translate } from '../i18n';

/** Lines with the discount each one carries, then every discount with its reason, then the totals. */
export function PriceBreakdown({
  order,
  outcome,
  totals,
  t,
}: {
  order: Order;
  outcome: Outcome;
  totals: Totals;
  t: Translate;
}) {
  const currency = order.currency;
  const perLine = new Map<string, number>();
  for (const a of outcome.adjustments)
    for (const part of a.allocations) perLine.set(part.lineId, (perLine.get(part.lineId) ?? 0) + part.amount);
  return (
    <section className="sim-section" aria-label={t('price')}>
      <h4>{t('price')}</h4>
      <table className="sim-table">
        <thead>
          <tr>
            <th>{t('line')}</th>
            <th className="num">{t('quantity')}</th>
            <th className="num">{t('amount')}</th>
            <th className="num">{t('discount')}</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id}>
              <td>
                {line.name || line.sku} <small className="muted">{line.sku}</small>
              </td>
              <td className="num">
                {line.quantity} × {money(line.unitPrice)}
              </td>
              <td className="num">{money({ amount: line.unitPrice.amount * line.quantity, currency })}</td>
              <td className="num">
                {perLine.has(line.id) ? `−${money({ amount: perLine.get(line.id)!, currency })}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome.adjustments.length > 0 && (
        <ul className="sim-list" aria-label={t('discount')}>
          {outcome.adjustments.map((a, i) => (
            <li key={`${a.nodeId}-${i}`}>
              <strong>−{money(a.amount)}</strong> {a.reason}{' '}
              <small className="muted">
                ({a.nodeId}, {a.stacking}
                {a.coupon ? `, ${a.coupon}` : ''})
              </small>
            </li>
          ))}
        </ul>
      )}
      <dl className="sim-totals">
        <dt>{t('subtotal')}</dt>
        <dd>{money(totals.subtotal)}</dd>
        <dt>{t('discount')}</dt>
        <dd>−{money(totals.discount)}</dd>
        <dt>{t('shipping')}</dt>
        <dd>{money(totals.shipping)}</dd>
        <dt className="sim-total">{t('total')}</dt>
        <dd className="sim-total" data-testid="sim-total">
          {money(totals.total)}
        </dd>
      </dl>
    </section>
  );
}
