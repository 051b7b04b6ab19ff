import type { Locale } from '../../runtime/index';
import { msg } from './RuleBuilder.i18n';

const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Our operations staff work in China time; a value that already has an offset keeps its own. */
const DEFAULT_OFFSET = '+08:00';

interface Props {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly locale: Locale;
  readonly label: string;
}

/**
 * A date-time picker that stores a full ISO timestamp with an offset ("2026-11-11T00:00:00+08:00"),
 * the form order times use. A value the picker cannot show (hand-written) is edited as plain text.
 */
export function DateTimeInput({ value, onChange, locale, label }: Props) {
  const match = ISO.exec(value);
  if (!match && value !== '') {
    return (
      <input className="of-rb-input" aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
    );
  }
  const local = match?.[1] ?? '';
  const offset = match?.[2] ?? DEFAULT_OFFSET;
  return (
    <span className="of-rb-datetime">
      <input
        type="datetime-local"
        className="of-rb-input"
        aria-label={label}
        value={local}
        onChange={(e) => onChange(e.target.value ? `${e.target.value.slice(0, 16)}:00${offset}` : '')}
      />
      <span className="of-rb-unit" title={msg('timezone', locale)}>
        {offset === 'Z' ? 'UTC' : `UTC${offset}`}
      </span>
    </span>
  );
}
