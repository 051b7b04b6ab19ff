import type { RunsComparison } from '../../../runtime/index';
import type { Translate } from '../i18n';
import { fieldLabel, fieldValue } from './field-label';
import { metricRows } from './metric-rows';

const SHOWN = 200;

/**
 * Aggregate differences, then the orders whose outcome changed with each changed field. Without
 * `onOpen` (a saved comparison of another data set) the orders cannot be opened here.
 */
export function ComparisonView({
  comparison,
  stepName: name = (id) => id,
  onOpen,
  t,
}: {
  comparison: RunsComparison;
  /** Names the step a field is about ("discount.<id>" → its name); ids are shown without it. */
  stepName?: (nodeId: string) => string;
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
                        {t('labelled', { label: fieldLabel(f.field, t, name) })}
                        {fieldValue(f.field, f.before, t, name)} → {fieldValue(f.field, f.after, t, name)}
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
