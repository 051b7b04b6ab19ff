import { useEffect, useState } from 'react';
import { currencySymbol } from '../../../runtime/node/index';
import { useT } from '../../i18n/use-t';
import { useFormContext } from '../form-context';
import { currencyOf, inputToMinor, minorToInput } from '../money-input';
import { emptyValue, type WidgetProps } from './widget-props';

/**
 * Money is stored as integer minor units (1250 = ¥12.50) but people think in yuan: the input shows
 * and accepts major units and converts without floating-point arithmetic (parseMajorUnits).
 */
export function MoneyWidget({ id, field, value, onChange, invalid }: WidgetProps) {
  const t = useT();
  const { config } = useFormContext();
  const currency = currencyOf(config);
  const shown = minorToInput(value, currency);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Follow outside changes (undo, currency switch) unless the text already means this value.
    const parsed = inputToMinor(text, currency);
    if (!parsed.ok || parsed.value !== value) {
      setText(shown);
      setError(null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored value or currency changes
  }, [shown, currency]);
  return (
    <div className="money">
      <span className="money-symbol" aria-hidden="true">
        {currencySymbol(currency).trim()}
      </span>
      <input
        id={id}
        className="input"
        type="text"
        inputMode="decimal"
        placeholder={t('inspector.money', { currency })}
        aria-invalid={invalid || error !== null}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = inputToMinor(e.target.value, currency);
          if (!parsed.ok) return setError(t('inspector.moneyInvalid', { digits: parsed.digits }));
          setError(null);
          onChange(parsed.value === undefined ? emptyValue(field, undefined) : parsed.value);
        }}
      />
      {error && (
        <p className="field-problem is-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
