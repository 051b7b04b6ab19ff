import { useMemo, useState } from 'react';
import type { Flow, Locale, NodeRegistry } from '../../../runtime/index';
import type { VersionRow } from '../../db/db';
import { diffFlows } from '../../db/diff-flows';
import { describeDiff } from './diff-text';
import { msg } from './versions.i18n';

interface Props {
  readonly versions: readonly VersionRow[];
  readonly current: Flow;
  readonly locale: Locale;
  readonly registry?: NodeRegistry;
}

const CURRENT = 'current';

/** Two pickers (a version or the current flow) and what changed between them, in sentences. */
export function VersionCompare({ versions, current, locale, registry }: Props) {
  const [from, setFrom] = useState<string>(() => String(versions[0]?.seq ?? CURRENT));
  const [to, setTo] = useState<string>(CURRENT);
  const pick = (key: string) => (key === CURRENT ? current : versions.find((v) => String(v.seq) === key)?.document);
  const a = pick(from);
  const b = pick(to);
  const lines = useMemo(
    () => (a && b ? describeDiff(diffFlows(a, b), locale, registry, b) : []),
    [a, b, locale, registry],
  );
  const options = [
    <option key={CURRENT} value={CURRENT}>
      {msg('current', locale)}
    </option>,
    ...versions.map((v) => <option key={v.seq} value={String(v.seq)}>{`#${v.seq} ${v.label}`}</option>),
  ];
  return (
    <div className="of-versions-compare">
      <h3>{msg('compare', locale)}</h3>
      <label>
        {msg('from', locale)}{' '}
        <select value={from} onChange={(e) => setFrom(e.target.value)}>
          {options}
        </select>
      </label>{' '}
      <label>
        {msg('to', locale)}{' '}
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          {options}
        </select>
      </label>
      {lines.length === 0 ? (
        <p className="of-versions-same">{msg('noChanges', locale)}</p>
      ) : (
        <ul className="of-versions-diff" aria-label={msg('compare', locale)}>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
