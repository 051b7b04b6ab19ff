import type { Problem } from '../../../runtime/index';
import { getIn, setIn, type ConfigPath } from '../config-path';
import { useFormContext } from '../form-context';
import type { FormField } from '../form-model';
import { FieldRenderer } from './FieldRenderer';

/** A nested object is a fieldset of its own fields; problems about the object as a whole sit above them. */
export function ObjectWidget(props: {
  field: FormField;
  path: ConfigPath;
  value: unknown;
  onChange: (value: unknown) => void;
  problems: readonly Problem[];
}) {
  const { locale } = useFormContext();
  const { field, path, value, onChange } = props;
  return (
    <fieldset className="fieldset" data-field={field.key}>
      <legend title={field.help?.[locale]}>{field.label[locale]}</legend>
      {props.problems.map((p, i) => (
        <p key={i} className={`field-problem is-${p.severity}`} role="alert">
          {p.message}
        </p>
      ))}
      {(field.fields ?? []).map((child) => (
        <FieldRenderer
          key={child.key}
          field={child}
          path={[...path, child.key]}
          value={getIn(value, [child.key])}
          onChange={(next) => onChange(setIn(value ?? {}, [child.key], next))}
        />
      ))}
    </fieldset>
  );
}
