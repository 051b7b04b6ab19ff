import type { Problem, Locale } from '../../runtime/index';
import { lineLabel, msg } from './JsonView.i18n';

interface Props {
  readonly problems: readonly Problem[];
  readonly locale: Locale;
  readonly onLine: (line: number) => void;
}

/** Problems under the editor, each with its line; clicking jumps there. */
export function ProblemList({ problems, locale, onLine }: Props) {
  if (problems.length === 0) return null;
  return (
    <ul className="of-json-problems" aria-label={msg('problems', locale)}>
      {problems.map((p, i) => (
        <li key={i} className={`of-json-problem of-json-${p.severity}`}>
          <span className="of-json-severity">{msg(p.severity, locale)}</span>{' '}
          {p.line !== undefined && (
            <button type="button" className="of-json-line" onClick={() => onLine(p.line!)}>
              {lineLabel(p.line, locale)}
            </button>
          )}{' '}
          {p.message} <code>{p.code}</code>
        </li>
      ))}
    </ul>
  );
}
