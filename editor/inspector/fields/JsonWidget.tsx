import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { emptyValue, type WidgetProps } from './widget-props';

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value, null, 2));

/** Raw JSON for values no other widget fits (and rules until the rule builder loads). */
export function JsonWidget({ id, field, value, onChange, invalid }: WidgetProps) {
  const t = useT();
  const [text, setText] = useState(show(value));
  const [broken, setBroken] = useState(false);
  useEffect(() => {
    let same: boolean;
    try {
      same = JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
    } catch {
      same = false;
    }
    if (!same) {
      setText(show(value));
      setBroken(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored value changes
  }, [value]);
  return (
    <>
      <textarea
        id={id}
        className="input input-code"
        rows={Math.min(10, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        aria-invalid={invalid || broken}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') {
            setBroken(false);
            return onChange(emptyValue(field, null));
          }
          try {
            const parsed: unknown = JSON.parse(e.target.value);
            setBroken(false);
            onChange(parsed);
          } catch {
            setBroken(true);
          }
        }}
      />
      {broken && <p className="field-problem is-error">{t('inspector.jsonInvalid')}</p>}
    </>
  );
}
