import {
  backtestRows,
  classRows,
  percent,
  type BacktestReport,
  type PreallocationPlan,
  type Rows,
  type Transfer,
} from '../../forecast/index';
import { formatMoney } from '../../runtime/index';
import type { Outcome } from './forecast-job';
import type { ForecastT } from './i18n';

function Table({ rows, caption }: { readonly rows: Rows; readonly caption: string }) {
  return (
    <table className="fc-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {rows.header.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The model beside every baseline at each level, and what won per demand class. */
export function BacktestTables({ outcome, t }: { readonly outcome: Outcome<BacktestReport>; readonly t: ForecastT }) {
  if (!outcome.ok) return <p className="fc-muted">{t('backtestNone', { message: outcome.error })}</p>;
  const report = outcome.value;
  return (
    <section className="fc-section" aria-label="backtest">
      <h3>
        {t('backtestTitle', {
          origins: report.origins.length,
          from: report.origins[0] ?? '',
          to: report.origins.at(-1) ?? '',
        })}
      </h3>
      {report.levels.map((level) => (
        <Table key={level} caption={level === 'bottom' ? t('bottom') : level} rows={backtestRows(report, level)} />
      ))}
      <Table caption={t('demandClass')} rows={classRows(report)} />
    </section>
  );
}

export interface TransfersProps {
  readonly outcome: Outcome<PreallocationPlan> | undefined;
  readonly approved: ReadonlySet<number>;
  readonly onToggle: (index: number) => void;
  readonly onDownload: (approved: readonly Transfer[]) => void;
  readonly t: ForecastT;
}

/** The suggested transfers with a box to approve each; approved ones can be downloaded as a world file. */
export function TransfersTable({ outcome, approved, onToggle, onDownload, t }: TransfersProps) {
  if (!outcome) return <p className="fc-muted">{t('needContext')}</p>;
  if (!outcome.ok) return <p className="fc-muted">{t('noPlan', { message: outcome.error })}</p>;
  const plan = outcome.value;
  const s = plan.summary;
  return (
    <section className="fc-section" aria-label="transfers">
      <h3>{t('transfers')}</h3>
      <p>
        {t('crossRegion', {
          before: percent(s.crossRegionShareBefore),
          after: percent(s.crossRegionShareAfter),
          riskBefore: percent(s.stockoutRiskBefore),
          riskAfter: percent(s.stockoutRiskAfter),
        })}
      </p>
      {plan.transfers.length === 0 ? (
        <p>{t('noTransfers')}</p>
      ) : (
        <table className="fc-table">
          <thead>
            <tr>
              {(['approve', 'sku', 'from', 'to', 'units', 'shipBy', 'arrives', 'cost', 'risk'] as const).map((k) => (
                <th key={k}>{t(k)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plan.transfers.map((tr, i) => (
              <tr key={i} title={tr.why}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('approve')} ${tr.sku} ${tr.from} → ${tr.to}`}
                    checked={approved.has(i)}
                    onChange={() => onToggle(i)}
                  />
                </td>
                <td>{tr.sku}</td>
                <td>{tr.from}</td>
                <td>{tr.to}</td>
                <td>{tr.units}</td>
                <td>{tr.shipBy}</td>
                <td>{tr.arriveBy}</td>
                <td>{formatMoney(tr.cost.amount, tr.cost.currency)}</td>
                <td>{`${percent(tr.riskBefore, 0)} → ${percent(tr.riskAfter, 0)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button"
        disabled={approved.size === 0}
        onClick={() => onDownload(plan.transfers.filter((_, i) => approved.has(i)))}
      >
        {t('download')}
      </button>
    </section>
  );
}
