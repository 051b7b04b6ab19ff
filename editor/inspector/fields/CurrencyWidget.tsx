import { CURRENCY_CODES } from '../../../runtime/index';
import { useFormContext } from '../form-context';
import type { WidgetProps } from './widget-props';

/** A currency field (`widget: 'currency'`) is a list of the codes the runtime knows; empty means "any / the order's". */
export function CurrencyWidget({ id, value, onChange, invalid }: WidgetProps) {
  const { locale } = useFormContext();
  return (
    <select
      id={id}
      className="input"
      aria-invalid={invalid}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value || undefined)}
    >
      <option value="">{locale === 'zh' ? '任意（按订单币种）' : 'Any (order currency)'}</option>
      {CURRENCY_CODES.map((code) => (
        <option key={code} value={code}>
          {code}
        </option>
      ))}
    </select>
  );
}
