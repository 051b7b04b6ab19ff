import { useState } from 'react';
import type { Locale } from '../../runtime/index';
import { jsonEqual } from '../db/diff-flows';
import { MonacoJson } from '../json-view/MonacoJson';
import { msg } from './RuleBuilder.i18n';

interface Props {
  readonly value: unknown;
  readonly onChange: (logic: unknown) => void;
  readonly locale: Locale;
  readonly height: number | string;
}

const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};
const format = (value: unknown) => JSON.stringify(value ?? true, null, 2);

/** The rule as JSON. Valid JSON is passed on as typed; broken text stays on screen and is not applied. */
export function RawLogicEditor({ value, onChange, locale, height }: Props) {
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  if (!jsonEqual(seen, value)) {
    setSeen(value);
    const mine = parse(text);
    if (!mine.ok || !jsonEqual(mine.value, value)) setText(format(value));
  }
  const valid = parse(text).ok;
  return (
    <div className="of-rb-raw">
      <MonacoJson
        value={text}
        height={height}
        ariaLabel="JSONLogic"
        onChange={(next) => {
          setText(next);
          const parsed = parse(next);
          if (parsed.ok && !jsonEqual(parsed.value, value)) {
            setSeen(parsed.value);
            onChange(parsed.value);
          }
        }}
      />
      {!valid && (
        <p className="of-rb-hint" role="status">
          {msg('rawInvalid', locale)}
        </p>
      )}
    </div>
  );
}
