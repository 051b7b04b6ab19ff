import type { Locale } from '../../runtime/index';
import { fieldsIn, findField, type Field } from './fields';

interface Props {
  /** undefined = order fields; an array field's path = the fields of its items. */
  readonly scope: string | undefined;
  readonly value: string;
  readonly onChange: (field: Field) => void;
  readonly locale: Locale;
  readonly label: string;
}

/** Fields grouped under their headings (Customer, Shipping address, Totals…), in the current language. */
export function FieldPicker({ scope, value, onChange, locale, label }: Props) {
  const groups = new Map<string, Field[]>();
  for (const field of fieldsIn(scope)) {
    const heading = field.group[locale];
    groups.set(heading, [...(groups.get(heading) ?? []), field]);
  }
  return (
    <select
      className="of-rb-select of-rb-field"
      aria-label={label}
      value={value}
      onChange={(e) => {
        const field = findField(e.target.value, scope);
        if (field) onChange(field);
      }}
    >
      {[...groups].map(([heading, fields]) => (
        <optgroup key={heading} label={heading}>
          {fields.map((f) => (
            <option key={f.path} value={f.path}>
              {f.label[locale]}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

/** The field a new condition starts with: the one people test most. */
export function defaultField(scope: string | undefined): Field {
  const fields = fieldsIn(scope);
  return findField(scope === undefined ? 'customer.tier' : 'sku', scope) ?? fields[0]!;
}
