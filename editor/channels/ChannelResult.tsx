import type { ChannelsT } from './i18n';
import { OrderRecord } from './OrderRecord';
import type { Preview } from './preview';
import { ProblemList } from './ProblemList';

export interface ChannelResultProps {
  readonly preview: Preview;
  readonly t: ChannelsT;
  readonly lineOf: (path: string) => number | undefined;
  readonly reveal: (line: number) => void;
  readonly mappingLineOf: (path: string) => number | undefined;
  readonly revealMapping: (line: number) => void;
}

/** The result column: the mapping's problems, or a summary and one card per order record of the payload. */
export function ChannelResult({ preview, t, lineOf, reveal, mappingLineOf, revealMapping }: ChannelResultProps) {
  if (preview.mappingProblems.length > 0) {
    return (
      <div role="alert">
        <p className="ch-error">{t('mappingProblems')}</p>
        <ProblemList
          problems={preview.mappingProblems}
          className="is-error"
          lineOf={mappingLineOf}
          reveal={revealMapping}
          t={t}
        />
      </div>
    );
  }
  const results = preview.results;
  if (!results) return <p className="muted">{t('emptyPayload')}</p>;
  const refused = results.filter((r) => !r.ok).length;
  const warnings = results.reduce((n, r) => n + r.warnings.length, 0);
  return (
    <div className="ch-records">
      <p className="ch-summary" data-testid="ch-summary">
        {t('summary', { orders: results.length, ok: results.length - refused, refused, warnings })}
      </p>
      {results.map((r, i) => (
        <OrderRecord key={i} result={r} index={i} t={t} lineOf={lineOf} reveal={reveal} />
      ))}
    </div>
  );
}
