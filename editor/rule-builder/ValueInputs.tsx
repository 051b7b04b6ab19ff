import type { Locale } from '../../runtime/index';
import { CURRENCY_CODES, parseMajorUnits, toMajorUnitsString } from '../../runtime/index';
import { isKnownCurrency } from '../../runtime/node/index';
import { valueLabel } from '../i18n/value-labels';
import { msg } from './RuleBuilder.i18n';
import { useCommittedText } from './use-committed-text';

const same = (a: unknown, b: unknown) => a === b;

interface InputProps<T> {
  readonly value: T;
  readonly onChange: (value: T) => void;
  readonly locale: Locale;
  readonly label: string;
}

export function TextInput({ value, onChange, label }: InputProps<string>) {
  return <input className="of-rb-input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />;
}

const parseNumber = (text: string) =>
  /^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text) ? Number(text) : undefined;

export function NumberInput({ value, onChange, locale, label }: InputProps<number>) {
  const { text, valid, change } = useCommittedText(value, String, parseNumber, same);
  return (
    <input
      className="of-rb-input"
      inputMode="decimal"
      size={8}
      aria-label={label}
      aria-invalid={!valid}
      title={valid ? undefined : msg('invalidNumber', locale)}
      value={text}
      onChange={(e) => change(e.target.value, onChange)}
    />
  );
}

/** People type major units ("99.5"); the rule stores integer minor units (9950) as the runtime compares them. */
export function MoneyInput({
  value,
  onChange,
  locale,
  label,
  currency,
  unit = true,
}: InputProps<number> & { readonly currency: string; readonly unit?: boolean }) {
  const code = isKnownCurrency(currency) ? currency : 'CNY';
  const { text, valid, change } = useCommittedText(
    value,
    (v) => toMajorUnitsString(v, code),
    (t) => parseMajorUnits(t, code),
    same,
  );
  return (
    <span className="of-rb-money">
      <input
        className="of-rb-input"
        inputMode="decimal"
        size={10}
        aria-label={label}
        aria-invalid={!valid}
        title={valid ? undefined : msg('invalidMoney', locale)}
        value={text}
        onChange={(e) => change(e.target.value, onChange)}
      />
      {unit && <span className="of-rb-unit">{code}</span>}
    </span>
  );
}

/**
 * The currency a money test holds in. `undefined` (logic from before currencies were pinned) is shown as
 * "any currency" with a warning until someone picks one; the builder never offers to unpin a currency.
 */
export function CurrencyPicker({
  value,
  onChange,
  locale,
}: {
  readonly value: string | undefined;
  readonly onChange: (code: string) => void;
  readonly locale: Locale;
}) {
  return (
    <>
      <select
        className="of-rb-select"
        aria-label={msg('currency', locale)}
        aria-invalid={value === undefined}
        value={value ?? ''}
        onChange={(e) => e.target.value && onChange(e.target.value)}
      >
        {value === undefined && <option value="">{msg('anyCurrency', locale)}</option>}
        {CURRENCY_CODES.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
      {value === undefined && (
        <span className="of-rb-warning" role="alert" style={{ color: '#b45309' }}>
          {msg('unpinnedMoney', locale)}
        </span>
      )}
    </>
  );
}

const splitList = (text: string) =>
  text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Checkboxes when the field has a fixed set of options, else a comma (or 、) separated list. */
export function ListInput({
  value,
  onChange,
  locale,
  label,
  options,
}: InputProps<readonly string[]> & { readonly options?: readonly string[] }) {
  const { text, change } = useCommittedText(value, (v) => v.join(', '), splitList, sameList);
  if (options) {
    const toggle = (option: string) =>
      onChange(value.includes(option) ? value.filter((v) => v !== option) : [...value, option]);
    // Values outside the known options (typed in JSON) stay visible, so unticking them is possible.
    const all = [...options, ...value.filter((v) => !options.includes(v))];
    return (
      <span className="of-rb-options" role="group" aria-label={label}>
        {all.map((option) => (
          <label key={option}>
            <input type="checkbox" checked={value.includes(option)} onChange={() => toggle(option)} />{' '}
            {valueLabel(option, locale)}
          </label>
        ))}
      </span>
    );
  }
  return (
    <input
      className="of-rb-input"
      aria-label={label}
      placeholder={msg('listHint', locale)}
      value={text}
      onChange={(e) => change(e.target.value, onChange)}
    />
  );
}

export function OptionInput({
  value,
  onChange,
  label,
  locale,
  options,
}: InputProps<string> & { readonly options: readonly string[] }) {
  const all = options.includes(value) ? options : [value, ...options];
  return (
    <select className="of-rb-select" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      {all.map((o) => (
        <option key={o} value={o}>
          {valueLabel(o, locale)}
        </option>
      ))}
    </select>
  );
}
