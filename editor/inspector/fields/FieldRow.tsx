import { useId, type ReactNode } from 'react';
import type { Problem } from '../../../runtime/index';
import type { FormField } from '../form-model';
import { useFormContext } from '../form-context';

/** Label, help text and the problems for one field, around its widget. */
export function FieldRow(props: {
  field: FormField;
  problems: readonly Problem[];
  children: (inputId: string) => ReactNode;
  inline?: boolean;
}) {
  const { locale } = useFormContext();
  const id = useId();
  const { field, problems } = props;
  const help = field.help?.[locale] ?? '';
  return (
    <div
      className={`field${props.inline ? ' field-inline' : ''}${problems.length > 0 ? ' field-invalid' : ''}`}
      data-field={field.key}
    >
      <label className="field-label" htmlFor={id} title={help || undefined}>
        {field.label[locale]}
        {field.required && (
          <span className="field-required" aria-hidden="true">
            *
          </span>
        )}
      </label>
      {props.children(id)}
      {help && !props.inline && <p className="field-help">{help}</p>}
      {problems.map((problem, i) => (
        <p key={i} className={`field-problem is-${problem.severity}`} role="alert">
          {problem.message}
        </p>
      ))}
    </div>
  );
}
