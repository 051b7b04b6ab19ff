import { useEffect, useState } from 'react';
import { useLocale, useT } from '../../i18n/use-t';
import { valueLabel } from '../../i18n/value-labels';
import { emptyValue, type WidgetProps } from './widget-props';

export function TextWidget({ id, field, value, onChange, invalid }: WidgetProps) {
  const text = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  const change = (next: string) => onChange(next === '' ? emptyValue(field, '') : next);
  const common = { id, value: text, 'aria-invalid': invalid, className: 'input' } as const;
  return field.kind === 'longtext' ? (
    <textarea {...common} rows={3} onChange={(e) => change(e.target.value)} />
  ) : (
    <input {...common} type="text" onChange={(e) => change(e.target.value)} />
  );
}

/** Keeps the typed text while it is not a number yet ("-", "1."), and stores numbers only. */
export function NumberWidget({ id, field, value, onChange, invalid }: WidgetProps) {
  const shown = typeof value === 'number' ? String(value) : '';
  const [text, setText] = useState(shown);
  useEffect(() => {
    if (Number(text) !== value || text === '') setText(shown);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- resync only when the stored value changes
  }, [shown]);
  const schema = field.schema;
  return (
    <input
      id={id}
      className="input input-number"
      type="number"
      inputMode="decimal"
      aria-invalid={invalid}
      value={text}
      min={typeof schema.minimum === 'number' && schema.minimum > -1e15 ? schema.minimum : undefined}
      max={typeof schema.maximum === 'number' && schema.maximum < 1e15 ? schema.maximum : undefined}
      step={schema.type === 'integer' ? 1 : 'any'}
      onChange={(e) => {
        setText(e.target.value);
        if (e.target.value.trim() === '') onChange(emptyValue(field, undefined));
        else if (Number.isFinite(Number(e.target.value))) onChange(Number(e.target.value));
      }}
    />
  );
}

export function EnumWidget({ id, field, value, onChange, invalid }: WidgetProps) {
  const t = useT();
  const locale = useLocale();
  const current = typeof value === 'string' ? value : '';
  const optional = !field.required && field.defaultValue === undefined;
  return (
    <select
      id={id}
      className="input"
      aria-invalid={invalid}
      value={current}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
    >
      {(optional || current === '') && <option value="">{t('inspector.unset')}</option>}
      {(field.options ?? []).map((option) => (
        <option key={option} value={option}>
          {valueLabel(option, locale)}
        </option>
      ))}
    </select>
  );
}

export function BooleanWidget({ id, value, onChange }: WidgetProps) {
  return (
    <input
      id={id}
      className="checkbox"
      type="checkbox"
      checked={value === true}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
