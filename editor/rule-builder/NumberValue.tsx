import type { Locale } from '../../runtime/index';
import { msg } from './RuleBuilder.i18n';
import type { NumberTest } from './rule-tree';
import { MoneyInput, NumberInput } from './ValueInputs';

interface Props {
  readonly test: NumberTest;
  readonly onChange: (test: NumberTest) => void;
  readonly money: boolean;
  readonly currency: string;
  readonly locale: Locale;
  /** Show the currency code after each money input (off where the rule shows a currency picker). */
  readonly unit?: boolean;
}

/** The value part of a numeric test: one input, or "min and max" for between. */
export function NumberValue({ test, onChange, money, currency, locale, unit = true }: Props) {
  const label = msg('value', locale);
  const input = (value: number, commit: (v: number) => void, suffix = '') =>
    money ? (
      <MoneyInput
        value={value}
        onChange={commit}
        locale={locale}
        label={label + suffix}
        currency={currency}
        unit={unit}
      />
    ) : (
      <NumberInput value={value} onChange={commit} locale={locale} label={label + suffix} />
    );
  if (test.op !== 'between') return input(test.value, (value) => onChange({ op: test.op, value }));
  const [min, max] = test.value;
  return (
    <span className="of-rb-between">
      {input(min, (v) => onChange({ op: 'between', value: [v, max] }), ' (min)')}
      <span> {msg('and', locale)} </span>
      {input(max, (v) => onChange({ op: 'between', value: [min, v] }), ' (max)')}
    </span>
  );
}
