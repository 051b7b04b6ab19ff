import type { Locale } from '../../runtime/index';
import { useContextTables } from './context-tables';
import { fieldsIn, findField, lookupField, lookupPath, type Field } from './fields';

interface Props {
  /** undefined = order fields; an array field's path = the fields of its items. */
  readonly scope: string | undefined;
  readonly value: string;
  readonly onChange: (field: Field) => void;
  readonly locale: Locale;
  readonly label: string;
  /** Offer the context's lookup tables (read with their key field) beside the order fields. */
  readonly lookups?: boolean;
}

/**
 * Fields grouped under their headings (Customer, Shipping address, Totals…), in the current language; at the
 * order level also the context's lookup tables, each read with the order field its keys come from.
 */
export function FieldPicker({ scope, value, onChange, locale, label, lookups = true }: Props) {
  const tables = useContextTables();
  const offered: Field[] = [...fieldsIn(scope)];
  if (scope === undefined && lookups) {
    for (const table of tables) {
      const field = table.keyField ? lookupField(lookupPath(table.name, table.keyField)) : undefined;
      if (field) offered.push(field);
    }
    // A lookup of a table this context lacks still shows what the rule reads (validation names the problem).
    const current = value.startsWith('tables.') ? lookupField(value) : undefined;
    if (current && !offered.some((f) => f.path === value)) offered.push(current);
  }
  const groups = new Map<string, Field[]>();
  for (const field of offered) {
    const heading = field.group[locale];
    groups.set(heading, [...(groups.get(heading) ?? []), field]);
  }
  return (
    <select
      className="of-rb-select of-rb-field"
      aria-label={label}
      value={value}
      onChange={(e) => {
        const field = offered.find((f) => f.path === e.target.value) ?? findField(e.target.value, scope);
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
