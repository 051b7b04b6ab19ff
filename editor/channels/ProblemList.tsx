import { ChannelMessage } from './ChannelMessage';
import type { ChannelsT } from './i18n';

export interface ProblemListProps {
  readonly problems: readonly { path: string; message: string; field?: string }[];
  readonly className: string;
  readonly lineOf: (path: string) => number | undefined;
  readonly reveal: (line: number) => void;
  readonly t: ChannelsT;
}

/** Problems or warnings, each at its JSON path, with a button to the line of the text the path points at. */
export function ProblemList({ problems, className, lineOf, reveal, t }: ProblemListProps) {
  return (
    <ul className={`ch-problems ${className}`}>
      {problems.map((p, i) => {
        const line = lineOf(p.path);
        return (
          <li key={i}>
            <code className="ch-path">{p.path}</code>
            {line !== undefined && (
              <button type="button" className="ch-line" onClick={() => reveal(line)}>
                {t('atLine', { n: line })}
              </button>
            )}
            <div>
              <ChannelMessage message={p.message} />
              {p.field ? (
                <span className="muted">
                  {' '}
                  (<code>{p.field}</code>)
                </span>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
