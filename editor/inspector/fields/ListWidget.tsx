import type { Problem } from '../../../runtime/index';
import { useT } from '../../i18n/use-t';
import { getIn, setIn, type ConfigPath } from '../config-path';
import { useFormContext } from '../form-context';
import type { FormField } from '../form-model';
import { FieldRenderer } from './FieldRenderer';

/** A new item gets each field's default; a string `id` without one gets a fresh "case-3" style id. */
function newItem(field: FormField, items: readonly unknown[]): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (const child of field.fields ?? []) {
    if (child.defaultValue !== undefined) item[child.key] = child.defaultValue;
    else if (child.key === 'id' && child.kind === 'text') {
      const taken = new Set(items.map((it) => getIn(it, ['id'])));
      const stem = field.key.replace(/s$/, '') || 'item';
      let n = items.length + 1;
      while (taken.has(`${stem}-${n}`)) n++;
      item.id = `${stem}-${n}`;
    }
  }
  return item;
}

/** Repeatable sub-forms: add, remove and reorder items of an array of objects. */
export function ListWidget(props: {
  field: FormField;
  path: ConfigPath;
  value: unknown;
  onChange: (value: unknown) => void;
  problems: readonly Problem[];
}) {
  const t = useT();
  const { locale } = useFormContext();
  const { field, path, onChange } = props;
  const items: unknown[] = Array.isArray(props.value) ? props.value : [];
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    onChange(next);
  };
  return (
    <fieldset className="fieldset list" data-field={field.key}>
      <legend title={field.help?.[locale]}>{field.label[locale]}</legend>
      {field.help && <p className="field-help">{field.help[locale]}</p>}
      {props.problems.map((p, i) => (
        <p key={i} className={`field-problem is-${p.severity}`} role="alert">
          {p.message}
        </p>
      ))}
      {items.map((item, index) => (
        <div className="list-item" key={index}>
          <div className="list-item-head">
            <span className="list-item-index">#{index + 1}</span>
            <button
              type="button"
              className="icon-button"
              title={t('inspector.moveUp')}
              disabled={index === 0}
              onClick={() => move(index, index - 1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              title={t('inspector.moveDown')}
              disabled={index === items.length - 1}
              onClick={() => move(index, index + 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button is-danger"
              title={t('inspector.remove')}
              onClick={() => onChange(items.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </div>
          {(field.fields ?? []).map((child) => (
            <FieldRenderer
              key={child.key}
              field={child}
              path={[...path, index, child.key]}
              value={getIn(item, [child.key])}
              onChange={(next) => onChange(setIn(items, [index, child.key], next))}
            />
          ))}
        </div>
      ))}
      <button type="button" className="button button-small" onClick={() => onChange([...items, newItem(field, items)])}>
        + {t('inspector.addItem')}
      </button>
    </fieldset>
  );
}
