import type { Locale } from '../../runtime/index';
import { FieldPicker } from './FieldPicker';
import { findField } from './fields';
import { GroupEditor } from './GroupEditor';
import { NumberValue } from './NumberValue';
import { RULE_ROW } from './RuleEditor';
import { ARRAY_MEASURES, NUMBER_OPS } from './operators';
import { MEASURE_LABELS, msg, OP_LABELS } from './RuleBuilder.i18n';
import type { ArrayMeasure, ArrayRule, NumberTest, RuleNode } from './rule-tree';
import { asGroup, fromGroup, newRule, withMeasure, withTest } from './tree-edit';

interface Props {
  readonly rule: ArrayRule;
  readonly onChange: (node: RuleNode) => void;
  readonly locale: Locale;
  readonly currency: string;
}

/** "Line items: any item where …" / "number of items where … ≥ 2" / "total quantity of items where … > 5". */
export function ArrayRuleEditor({ rule, onChange, locale, currency }: Props) {
  const field = findField(rule.field);
  const sumFields = (field?.itemFields ?? []).filter((f) => f.kind === 'number');
  const firstSum = sumFields[0]?.path ?? 'quantity';
  const setTest = (test: NumberTest) => rule.measure !== 'some' && onChange({ ...rule, ...test } as ArrayRule);
  return (
    <span className="of-rb-array" style={{ display: 'block' }}>
      <span className="of-rb-rule" style={RULE_ROW}>
        <FieldPicker
          scope={undefined}
          value={rule.field}
          locale={locale}
          label={msg('field', locale)}
          onChange={(next) => onChange(next.path === rule.field ? rule : newRule(next, currency))}
        />
        <select
          className="of-rb-select"
          aria-label={msg('operator', locale)}
          value={rule.measure}
          onChange={(e) => onChange(withMeasure(rule, e.target.value as ArrayMeasure, firstSum))}
        >
          {ARRAY_MEASURES.filter((m) => m !== 'sum' || sumFields.length > 0).map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m][locale]}
            </option>
          ))}
        </select>
        {rule.measure === 'sum' && (
          <select
            className="of-rb-select"
            aria-label={msg('sumOf', locale)}
            value={rule.sumField}
            onChange={(e) => onChange({ ...rule, sumField: e.target.value })}
          >
            {sumFields.map((f) => (
              <option key={f.path} value={f.path}>
                {f.label[locale]}
              </option>
            ))}
          </select>
        )}
        {rule.measure !== 'some' && (
          <>
            <select
              className="of-rb-select"
              aria-label={msg('operator', locale)}
              value={rule.op}
              onChange={(e) => setTest(withTest(rule, e.target.value as NumberTest['op']))}
            >
              {NUMBER_OPS.map((op) => (
                <option key={op} value={op}>
                  {OP_LABELS[op][locale]}
                </option>
              ))}
            </select>
            <NumberValue test={rule} onChange={setTest} money={false} currency={currency} locale={locale} />
          </>
        )}
      </span>
      <span className="of-rb-where">{msg('whereItems', locale)}</span>
      <GroupEditor
        group={asGroup(rule.where)}
        scope={rule.field}
        locale={locale}
        currency={currency}
        onChange={(where) => onChange({ ...rule, where: fromGroup(where) })}
      />
    </span>
  );
}
