import type { ComponentType } from 'react';
import { appViews } from '../../app-views';
import { CurrencyWidget } from './CurrencyWidget';
import type { ConfigPath } from '../config-path';
import { useFormContext } from '../form-context';
import type { FormField } from '../form-model';
import { FieldRow } from './FieldRow';
import { JsonWidget } from './JsonWidget';
import { ListWidget } from './ListWidget';
import { LogicWidget } from './LogicWidget';
import { MoneyWidget } from './MoneyWidget';
import { BooleanWidget, EnumWidget, NumberWidget, TextWidget } from './SimpleWidgets';
import { TagListWidget } from './TagListWidget';
import type { WidgetProps } from './widget-props';
import { ObjectWidget } from './ObjectWidget';

const WIDGETS = {
  text: TextWidget,
  longtext: TextWidget,
  number: NumberWidget,
  money: MoneyWidget,
  currency: CurrencyWidget,
  enum: EnumWidget,
  boolean: BooleanWidget,
  tags: TagListWidget,
  logic: LogicWidget,
  json: JsonWidget,
} as const;

/** Leaf editors own everything below their path (a rule's inner problems show under the rule). */
const DEEP = new Set(['logic', 'json', 'tags', 'money', 'currency']);

/** One config field: the widget its node's view gives it, else the widget for its kind. */
export function FieldRenderer(props: {
  field: FormField;
  path: ConfigPath;
  value: unknown;
  onChange: (value: unknown) => void;
}) {
  const { field, path, onChange } = props;
  const context = useFormContext();
  const value = props.value === undefined ? field.defaultValue : props.value;
  const problems = context.problemsAt(path, DEEP.has(field.kind));
  if (field.kind === 'object')
    return <ObjectWidget field={field} path={path} value={value} onChange={onChange} problems={problems} />;
  if (field.kind === 'list')
    return <ListWidget field={field} path={path} value={value} onChange={onChange} problems={problems} />;
  const fieldPath = path.filter((p) => typeof p === 'string').join('.');
  const Custom = appViews.fieldWidget(context.definition, fieldPath);
  const Widget: ComponentType<WidgetProps> = WIDGETS[field.kind];
  return (
    <FieldRow field={field} problems={problems} inline={field.kind === 'boolean'}>
      {(id) =>
        Custom ? (
          <Custom
            id={id}
            value={value}
            onChange={onChange}
            locale={context.locale}
            schema={field.schema}
            config={context.config}
            invalid={problems.length > 0}
          />
        ) : (
          <Widget id={id} field={field} value={value} onChange={onChange} invalid={problems.length > 0} />
        )
      }
    </FieldRow>
  );
}
