import type { Translate } from './i18n';

/**
 * Whether a batch carries the world over from order to order: units shipped leave stock and gifts
 * count towards each customer's limit, as they would in production (runtime/simulation/world-ledger.ts).
 * Off, every order sees the world as the data set's context describes it, and large batches split
 * over several workers.
 */
export function CarryOverToggle({
  checked,
  onChange,
  disabled,
  t,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  t: Translate;
}) {
  return (
    <label className="sim-toggle" title={t('carryOverHint')}>
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />{' '}
      {t('carryOver')}
    </label>
  );
}
