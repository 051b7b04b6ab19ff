import type { Locale } from '../../runtime/index';
import { DateTimeInput } from './DateTimeInput';
import { defaultField, FieldPicker } from './FieldPicker';
import { findField, lookupField } from './fields';
import { NumberValue } from './NumberValue';
import { operatorsFor } from './operators';
import { msg, OP_LABELS } from './RuleBuilder.i18n';
import type { FieldRule, NumberTest, RuleNode, RuleOp } from './rule-tree';
import { newRule, withCurrency, withOp } from './tree-edit';
import { CurrencyPicker, ListInput, OptionInput, TextInput } from './ValueInputs';

/** Field, operator and value wrap as a unit in narrow panels instead of pushing the remove button away. */
export const RULE_ROW = { display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' } as const;

interface Props {
  readonly rule: FieldRule;
  readonly scope: string | undefined;
  readonly onChange: (node: RuleNode) => void;
  readonly locale: Locale;
  readonly currency: string;
}

/** One condition: field · operator · value, with the inputs the field's kind needs. */
export function RuleEditor({ rule, scope, onChange, locale, currency }: Props) {
  const field = fieldOf(rule, scope) ?? defaultField(scope);
  const numeric = field.kind === 'number' || field.kind === 'money';
  const label = msg('value', locale);
  // A money test is typed in its own currency; one read from older logic has none until someone picks it.
  const shownIn = rule.currency ?? currency;
  const pin = rule.currency ? { currency: rule.currency } : {};
  const value = () => {
    switch (rule.op) {
      case 'isTrue':
      case 'isFalse':
        return null;
      case 'in':
      case 'notIn':
        return (
          <ListInput
            value={rule.value}
            onChange={(v) => onChange({ ...rule, value: v })}
            locale={locale}
            label={label}
            {...(field.options ? { options: field.options } : {})}
          />
        );
      case 'before':
      case 'after':
        return (
          <DateTimeInput
            value={rule.value}
            onChange={(v) => onChange({ ...rule, value: v })}
            locale={locale}
            label={label}
          />
        );
      case 'contains':
      case 'notContains':
        return (
          <TextInput
            value={rule.value}
            onChange={(v) => onChange({ ...rule, value: v })}
            locale={locale}
            label={label}
          />
        );
      default:
        if (typeof rule.value === 'string') {
          const commit = (v: string) => onChange({ ...rule, value: v } as FieldRule);
          return field.options ? (
            <OptionInput value={rule.value} onChange={commit} locale={locale} label={label} options={field.options} />
          ) : (
            <TextInput value={rule.value} onChange={commit} locale={locale} label={label} />
          );
        }
        return (
          <NumberValue
            test={rule as NumberTest}
            onChange={(test) => onChange({ ...pin, kind: 'rule', field: rule.field, ...test })}
            money={field.kind === 'money'}
            currency={shownIn}
            locale={locale}
            unit={false}
          />
        );
    }
  };
  return (
    <span className="of-rb-rule" style={RULE_ROW}>
      <FieldPicker
        scope={scope}
        value={field.path}
        locale={locale}
        label={msg('field', locale)}
        onChange={(next) =>
          onChange(next.kind === field.kind ? ({ ...rule, field: next.path } as FieldRule) : newRule(next, currency))
        }
      />
      <select
        className="of-rb-select"
        aria-label={msg('operator', locale)}
        value={rule.op}
        onChange={(e) => onChange(withOp(rule, e.target.value as RuleOp, numeric))}
      >
        {operatorsFor(field.kind).map((op) => (
          <option key={op} value={op}>
            {OP_LABELS[op][locale]}
          </option>
        ))}
      </select>
      {value()}
      {field.kind === 'money' && numeric && 'value' in rule && typeof rule.value !== 'string' && (
        <CurrencyPicker
          value={rule.currency}
          onChange={(code) => onChange(withCurrency(rule, code, shownIn))}
          locale={locale}
        />
      )}
    </span>
  );
}

/** A lookup of a table the context does not describe takes its kind from the value the rule compares with. */
function fieldOf(rule: FieldRule, scope: string | undefined) {
  if (scope !== undefined || !rule.field.startsWith('tables.')) return findField(rule.field, scope);
  const value = 'value' in rule ? [rule.value].flat()[0] : undefined;
  if (rule.op === 'isTrue' || rule.op === 'isFalse') return lookupField(rule.field, 'boolean');
  return lookupField(rule.field, typeof value === 'string' ? 'string' : undefined) ?? findField(rule.field, scope);
}
