import type { RunsComparison } from '../../../runtime/simulation/compare-runs';
import type { FieldValue } from '../../../runtime/simulation/outcome-fields';
import type { Translate } from '../i18n';
import { metricRows } from './metric-rows';

const SHOWN = 200;
const show = (v: FieldValue) => (v === null ? '—' : String(v));

/**
 * Aggregate differences, then the orders whose outcome changed with each changed field. Without
 * `onOpen` (a saved comparison of another data set) the orders cannot be opened here.
 */
export function ComparisonView({
  comparison,
  onOpen,
  t,
}: {
  comparison: RunsComparison;
  onOpen?: ((index: number) => void) | undefined;
  t: Translate;
}) {
  const rows = metricRows(comparison, t);
  return (
    <div className="sim-comparison">
      <table className="sim-table" aria-label={t('metric')}>
        <thead>
          <tr>
            <th>{t('metric')}</th>
            <th className="num">{t('before')}</th>
            <th className="num">{t('after')}</th>
            <th className="num">{t('change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className={r.changed ? 'sim-changed' : ''}>
              <td>{r.label}</td>
              <td className="num">{r.before}</td>
              <td className="num">{r.after}</td>
              <td className="num">{r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 data-testid="sim-differing">{t('differing', { n: comparison.differing, total: comparison.orders })}</h4>
      {comparison.differences.length > 0 && (
        <table className="sim-table" aria-label={t('differences')}>
          <thead>
            <tr>
              <th>{t('order')}</th>
              <th>{t('differences')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {comparison.differences.slice(0, SHOWN).map((d, i) => (
              <tr key={`${d.orderId}-${i}`}>
                <td>{d.orderId ?? '—'}</td>
                <td>
                  <ul className="sim-list">
                    {d.diffs.map((f) => (
                      <li key={f.field}>
                        <code>{f.field}</code>: {show(f.before)} → {show(f.after)}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {onOpen && d.index !== undefined && (
                    <button type="button" onClick={() => onOpen(d.index!)}>
                      {t('open')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
