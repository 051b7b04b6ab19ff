import type { NormalizeResult } from '../../channels/index';
import { formatMoney } from '../../runtime/index';
import { useLocale } from '../i18n/use-t';
import { valueLabel } from '../i18n/value-labels';
import type { ChannelsT } from './i18n';
import { ProblemList } from './ProblemList';
import { SLOT, WithCode } from './WithCode';

export interface OrderRecordProps {
  readonly result: NormalizeResult;
  /** Position among the payload's records: ids the heading, and the first record's JSON starts open. */
  readonly index: number;
  readonly t: ChannelsT;
  readonly lineOf: (path: string) => number | undefined;
  readonly reveal: (line: number) => void;
}

/** One order record of the payload: the canonical order's facts and JSON, or the problems that refused it. */
export function OrderRecord({ result: r, index: i, t, lineOf, reveal }: OrderRecordProps) {
  const locale = useLocale();
  return (
    <article className={`ch-record ${r.ok ? 'is-ok' : 'is-refused'}`} aria-labelledby={`ch-record-${i}`}>
      <header>
        <strong id={`ch-record-${i}`}>
          <WithCode text={t('record', { path: SLOT })} code={r.recordPath} />
        </strong>{' '}
        <span className="ch-badge">{r.ok ? t('normalized') : t('refused')}</span>
      </header>
      {r.ok ? (
        <>
          <dl className="ch-facts">
            <dt>{t('orderId')}</dt>
            <dd data-user-text="">{r.order.id}</dd>
            <dt>{t('status')}</dt>
            <dd>{valueLabel(r.order.status, locale)}</dd>
            {r.order.payment && (
              <>
                <dt>{t('paid')}</dt>
                <dd>
                  {formatMoney(r.order.payment.amount.amount, r.order.payment.amount.currency)}{' '}
                  {r.order.payment.amount.currency}
                </dd>
              </>
            )}
            <dt>{t('lines')}</dt>
            <dd>{r.order.lines.length}</dd>
            <dt>{t('customer')}</dt>
            <dd className="ch-ellipsis" data-user-text="">
              {r.order.customer.id}
            </dd>
          </dl>
          <details open={i === 0}>
            <summary>{t('orderJson')}</summary>
            <pre className="ch-json" data-testid="canonical-order" tabIndex={0} data-user-text="">
              {JSON.stringify(r.order, null, 2)}
            </pre>
          </details>
        </>
      ) : (
        <>
          <h4>{t('problems')}</h4>
          <ProblemList problems={r.problems} className="is-error" lineOf={lineOf} reveal={reveal} t={t} />
        </>
      )}
      {r.warnings.length > 0 && (
        <>
          <h4>{t('warnings')}</h4>
          <ProblemList problems={r.warnings} className="is-warning" lineOf={lineOf} reveal={reveal} t={t} />
        </>
      )}
      {r.ok && r.unmapped.length > 0 && (
        <details>
          <summary>{t('unmapped', { n: r.unmapped.length })}</summary>
          <p className="ch-unmapped">{r.unmapped.join(' ')}</p>
        </details>
      )}
    </article>
  );
}
