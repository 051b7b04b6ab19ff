/**
 * ChannelsPage — try a channel payload and see the canonical orders it becomes, or write a mapping
 * for a new channel (live preview against a pasted payload) and save it for imports.
 *
 *   <ChannelsPage onClose={close} />          inside <EditorProvider> (for the locale)
 *   <ChannelsPage db={testDb} delayMs={0} />  tests: a fresh database, no debounce
 *
 * Three columns: the mapping (read-only for built-ins, editable for saved and new ones, with
 * channels/mapping.schema.json for completion), the payload, and the result — one card per order
 * record: the canonical order, or the problems with their payload paths (click to jump to the line).
 * Everything runs in the page: channels/ is pure TypeScript, the same code the CLI and server use.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  BUILT_IN_CHANNELS,
  loadMapping,
  type ChannelMapping,
  type ChannelProblem,
  type MappingProblem,
  type NormalizeResult,
} from '../../channels/index';
import mappingJsonSchema from '../../channels/mapping.schema.json';
import acmeMapping from '../../channels/testing/acme-shop.mapping.json?raw';
import acmeOrders from '../../channels/testing/acme-shop.orders.json?raw';
import { formatMoney } from '../../runtime/index';
import { useKeptRecord } from '../app/kept-text';
import { useLocale } from '../i18n/use-t';
import { valueLabel } from '../i18n/value-labels';
import { useModal } from '../app/use-modal';
import { useLiveQuery } from '../db/hooks';
import { MonacoJson, type MonacoJsonApi } from '../json-view/MonacoJson';
import type { JsonMarker } from '../json-view/markers';
import {
  builtInKey,
  builtInOptions,
  lineFinder,
  mappingText,
  normalize,
  problemMarkers,
  savedKey,
  savedOptions,
} from './catalog';
import { shownChannelMessage } from './message-words';
import { deleteMapping, listMappings, openChannelsDb, saveMapping, type ChannelsDb, type SavedMappingRow } from './db';
import { useChannelsT, type ChannelsT } from './i18n';
import { samplePayload } from './samples/index';
import './channels.css';

export interface ChannelsPageProps {
  readonly onClose?: () => void;
  /** Default: the shared "orderflow-channels" database. */
  readonly db?: ChannelsDb;
  /** Debounce of the live preview in ms (default 300; 0 = on every change). */
  readonly delayMs?: number;
  /** The channel shown first: `builtin:douyin`, `saved:<id>` or `new`. Default: the first built-in. */
  readonly initialKey?: string;
}

export const NEW_MAPPING = 'new';
const NO_TEXTS: Readonly<Record<string, string>> = {};
/** A new mapping starts from the complete small example in channels/testing (see channels/README.md). */
const TEMPLATE_MAPPING = mappingText(JSON.parse(acmeMapping));

function builtIn(key: string) {
  return key.startsWith('builtin:') ? BUILT_IN_CHANNELS.find((c) => builtInKey(c.channel) === key) : undefined;
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    if (ms <= 0) return undefined;
    const timer = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms <= 0 ? value : current;
}

interface PreviewInput {
  readonly key: string;
  readonly mapping: string;
  readonly payload: string;
  readonly related: Readonly<Record<string, string>>;
}

interface Preview {
  readonly mappingProblems: readonly MappingProblem[];
  /** The channel name of a mapping that loads (for "replace" and the related payloads it declares). */
  readonly channel?: string;
  readonly relatedNames: readonly string[];
  readonly results: readonly NormalizeResult[] | null;
}

function computePreview({ key, mapping: text, payload, related }: PreviewInput): Preview {
  let mapping: string | ChannelMapping;
  const entry = builtIn(key);
  if (entry) mapping = entry.channel;
  else {
    const loaded = loadMapping(text);
    if (!loaded.ok) return { mappingProblems: loaded.problems, relatedNames: [], results: null };
    mapping = loaded.mapping;
  }
  const channel = typeof mapping === 'string' ? mapping : mapping.channel;
  const relatedNames = entry ? entry.related : Object.keys((mapping as ChannelMapping).related ?? {});
  if (payload.trim() === '') return { mappingProblems: [], channel, relatedNames, results: null };
  const given = Object.fromEntries(
    relatedNames.flatMap((name) =>
      Object.hasOwn(related, name) && related[name]!.trim() !== '' ? [[name, related[name]!]] : [],
    ),
  );
  return {
    mappingProblems: [],
    channel,
    relatedNames,
    results: normalize(mapping, payload, Object.keys(given).length > 0 ? { related: given } : {}),
  };
}

export function ChannelsPage({ onClose, db: givenDb, delayMs = 300, initialKey }: ChannelsPageProps) {
  const t = useChannelsT();
  const selectId = useId();
  const [db] = useState(() => givenDb ?? openChannelsDb());
  const rows = useLiveQuery(() => listMappings(db), [db]);
  const saved = rows ?? [];
  const [key, setKey] = useState(initialKey ?? builtInKey(BUILT_IN_CHANNELS[0]!.channel));
  // Per channel choice, so switching back keeps what was pasted or written there.
  const [payloads, setPayloads] = useKeptRecord('orderflow.channels.payloads');
  const [drafts, setDrafts] = useKeptRecord('orderflow.channels.drafts');
  const page = useRef<HTMLDivElement>(null);
  useModal(page, onClose);
  const [related, setRelated] = useState<Record<string, Record<string, string>>>({});
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const payloadApi = useRef<MonacoJsonApi | null>(null);
  const mappingApi = useRef<MonacoJsonApi | null>(null);

  const entry = builtIn(key);
  const row = key.startsWith('saved:') ? saved.find((r) => savedKey(r.id) === key) : undefined;
  const mapping = entry
    ? mappingText(entry.document)
    : (drafts[key] ?? row?.text ?? (key === NEW_MAPPING ? TEMPLATE_MAPPING : ''));
  const payload =
    payloads[key] ??
    (entry ? (samplePayload(entry.channel) ?? '') : (row?.sample ?? (key === NEW_MAPPING ? acmeOrders : '')));
  const relatedTexts = related[key] ?? NO_TEXTS;

  const input = useMemo<PreviewInput>(
    () => ({ key, mapping, payload, related: relatedTexts }),
    [key, mapping, payload, relatedTexts],
  );
  const debounced = useDebounced(input, delayMs);
  const preview = useMemo(() => computePreview(debounced), [debounced]);
  const payloadLine = useMemo(() => lineFinder(debounced.payload), [debounced.payload]);
  const payloadMarkers = useMemo<JsonMarker[]>(() => {
    const problems = (preview.results ?? []).flatMap((r) => (r.ok ? [] : r.problems));
    const warnings = (preview.results ?? []).flatMap((r) => r.warnings);
    const inPayload = (p: ChannelProblem) => p.path.startsWith('$');
    return [
      ...problemMarkers(debounced.payload, problems.filter(inPayload)),
      ...problemMarkers(debounced.payload, warnings.filter(inPayload), 'warning'),
    ];
  }, [preview, debounced.payload]);
  const mappingMarkers = useMemo(
    () => problemMarkers(debounced.mapping, preview.mappingProblems),
    [preview, debounced.mapping],
  );

  const choose = (next: string) => {
    setKey(next);
    setMessage(null);
  };
  const setPayload = (text: string) => setPayloads((all) => ({ ...all, [key]: text }));
  const setMapping = (text: string) => setDrafts((all) => ({ ...all, [key]: text }));
  const copyAsNew = () => {
    setDrafts((all) => ({ ...all, [NEW_MAPPING]: mapping }));
    setPayloads((all) => ({ ...all, [NEW_MAPPING]: payload }));
    choose(NEW_MAPPING);
  };

  const editable = !entry;
  const replacing =
    preview.channel !== undefined &&
    editable &&
    key !== savedKey(preview.channel) &&
    saved.some((r) => r.id === preview.channel)
      ? preview.channel
      : undefined;
  const save = async () => {
    try {
      const result = await saveMapping(db, mapping, payload, row ? { previousId: row.id } : {});
      if (!result.ok) return setMessage({ kind: 'error', text: t('cannotSave') });
      const next = savedKey(result.row.id);
      setDrafts((all) => ({
        ...all,
        [next]: mapping,
        ...(key === NEW_MAPPING ? { [NEW_MAPPING]: TEMPLATE_MAPPING } : {}),
      }));
      setPayloads((all) => ({ ...all, [next]: payload }));
      setKey(next);
      setMessage({ kind: 'ok', text: t('saved', { name: result.row.channel }) });
    } catch (error) {
      setMessage({
        kind: 'error',
        text: t('saveFailed', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  const remove = async (target: SavedMappingRow) => {
    await deleteMapping(db, target.id);
    setDrafts((all) => ({ ...all, [NEW_MAPPING]: mapping }));
    setPayloads((all) => ({ ...all, [NEW_MAPPING]: payload }));
    setKey(NEW_MAPPING);
    setMessage({ kind: 'ok', text: t('deleted', { name: target.channel }) });
  };

  return (
    <div ref={page} className="ch-page" role="dialog" aria-modal="true" aria-labelledby="ch-title">
      <div className="ch-header">
        <h2 id="ch-title">{t('title')}</h2>
        <label className="ch-pick" htmlFor={selectId}>
          {t('channel')}
        </label>
        <select id={selectId} value={key} onChange={(e) => choose(e.target.value)}>
          <optgroup label={t('builtInGroup')}>
            {builtInOptions().map((o) => (
              <option key={o.key} value={o.key}>
                {o.channel} — {o.title}
              </option>
            ))}
          </optgroup>
          {saved.length > 0 && (
            <optgroup label={t('savedGroup')}>
              {savedOptions(saved).map((o) => (
                <option key={o.key} value={o.key}>
                  {o.channel} — {o.title} {t('savedSuffix')}
                </option>
              ))}
            </optgroup>
          )}
          <option value={NEW_MAPPING}>{t('newMapping')}</option>
        </select>
        <span className="ch-spacer" />
        {onClose && (
          <button type="button" className="button" onClick={onClose}>
            {t('close')}
          </button>
        )}
      </div>
      {message && (
        <p className={`ch-message is-${message.kind}`} role="status">
          {message.text}
        </p>
      )}
      <div className="ch-columns">
        <section className="ch-column" aria-label={t('mapping')}>
          <div className="ch-column-head">
            <h3>
              {entry ? (
                <WithCode text={t('builtInMapping', { file: SLOT })} code={entry.mappingFile} />
              ) : (
                t('customMapping')
              )}
            </h3>
            {entry && (
              <button type="button" className="button" onClick={copyAsNew}>
                {t('copyAsNew')}
              </button>
            )}
            {editable && (
              <button
                type="button"
                className="button primary"
                disabled={preview.mappingProblems.length > 0 || debounced.mapping !== mapping}
                title={preview.mappingProblems.length > 0 ? t('cannotSave') : undefined}
                onClick={() => void save()}
              >
                {replacing ? t('replace', { name: replacing }) : t('save')}
              </button>
            )}
            {row && (
              <button type="button" className="button" onClick={() => void remove(row)}>
                {t('delete')}
              </button>
            )}
          </div>
          <div className="ch-editor">
            <MonacoJson
              value={mapping}
              onChange={setMapping}
              schema={mappingJsonSchema}
              markers={mappingMarkers}
              readOnly={!editable}
              height="100%"
              ariaLabel={t('mappingEditor')}
              onReady={(api) => (mappingApi.current = api)}
            />
          </div>
        </section>
        <section className="ch-column" aria-label={t('payload')}>
          <div className="ch-column-head">
            <h3>{t('payload')}</h3>
            {entry && samplePayload(entry.channel) !== undefined && payload !== samplePayload(entry.channel) && (
              <button type="button" className="button" onClick={() => setPayload(samplePayload(entry.channel)!)}>
                {t('loadSample')}
              </button>
            )}
          </div>
          <div className="ch-editor">
            <MonacoJson
              value={payload}
              onChange={setPayload}
              markers={payloadMarkers}
              height="100%"
              ariaLabel={t('payloadEditor')}
              onReady={(api) => (payloadApi.current = api)}
            />
          </div>
          {preview.relatedNames.map((name) => (
            <details key={name} className="ch-related">
              <summary>{t('related', { name })}</summary>
              <MonacoJson
                value={relatedTexts[name] ?? ''}
                onChange={(text) => setRelated((all) => ({ ...all, [key]: { ...(all[key] ?? {}), [name]: text } }))}
                height="25vh"
                ariaLabel={t('related', { name })}
              />
            </details>
          ))}
        </section>
        <section className="ch-column ch-result" aria-label={t('result')}>
          <div className="ch-column-head">
            <h3>{t('result')}</h3>
          </div>
          <Result
            preview={preview}
            t={t}
            lineOf={payloadLine}
            reveal={(line) => payloadApi.current?.revealLine(line)}
            revealMapping={(line) => mappingApi.current?.revealLine(line)}
            mappingLineOf={lineFinder(debounced.mapping)}
          />
        </section>
      </div>
    </div>
  );
}

interface ResultProps {
  readonly preview: Preview;
  readonly t: ChannelsT;
  readonly lineOf: (path: string) => number | undefined;
  readonly reveal: (line: number) => void;
  readonly mappingLineOf: (path: string) => number | undefined;
  readonly revealMapping: (line: number) => void;
}

function ProblemList({
  problems,
  className,
  lineOf,
  reveal,
  t,
}: {
  problems: readonly { path: string; message: string; field?: string }[];
  className: string;
  lineOf: (path: string) => number | undefined;
  reveal: (line: number) => void;
  t: ChannelsT;
}) {
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

/** Where a file name or JSON path goes in a sentence: shown as code, which is never translated. */
const SLOT = '\u0000';

function WithCode({ text, code }: { text: string; code: string }) {
  const [before, after] = text.split(SLOT);
  return (
    <>
      {before}
      <code>{code}</code>
      {after}
    </>
  );
}

/** A normalizer message in the UI's language; one the page cannot word in 中文 is shown as written, in English. */
function ChannelMessage({ message }: { message: string }) {
  const locale = useLocale();
  const shown = shownChannelMessage(message, locale);
  return (
    <span {...(shown.english ? { lang: 'en' } : {})}>
      {shown.parts.map((part, i) =>
        'code' in part ? (
          <code key={i}>{part.code}</code>
        ) : 'asWritten' in part ? (
          <span key={i} data-user-text="">
            {part.asWritten}
          </span>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}

function Result({ preview, t, lineOf, reveal, mappingLineOf, revealMapping }: ResultProps) {
  const locale = useLocale();
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
        <article key={i} className={`ch-record ${r.ok ? 'is-ok' : 'is-refused'}`} aria-labelledby={`ch-record-${i}`}>
          <header>
            <strong id={`ch-record-${i}`}>
              <WithCode text={t('record', { path: SLOT })} code={r.recordPath} />
            </strong>{' '}
            <span className="ch-badge">{r.ok ? t('normalized') : t('refused')}</span>
          </header>
          {r.ok ? (
            <>
              <dl className="ch-facts">
                <dt>{t('orderId')}</dt>
                <dd data-user-text="">{r.order.id}</dd>
                <dt>{t('status')}</dt>
                <dd>{valueLabel(r.order.status, locale)}</dd>
                {r.order.payment && (
                  <>
                    <dt>{t('paid')}</dt>
                    <dd>
                      {formatMoney(r.order.payment.amount.amount, r.order.payment.amount.currency)}{' '}
                      {r.order.payment.amount.currency}
                    </dd>
                  </>
                )}
                <dt>{t('lines')}</dt>
                <dd>{r.order.lines.length}</dd>
                <dt>{t('customer')}</dt>
                <dd className="ch-ellipsis" data-user-text="">
                  {r.order.customer.id}
                </dd>
              </dl>
              <details open={i === 0}>
                <summary>{t('orderJson')}</summary>
                <pre className="ch-json" data-testid="canonical-order" tabIndex={0} data-user-text="">
                  {JSON.stringify(r.order, null, 2)}
                </pre>
              </details>
            </>
          ) : (
            <>
              <h4>{t('problems')}</h4>
              <ProblemList problems={r.problems} className="is-error" lineOf={lineOf} reveal={reveal} t={t} />
            </>
          )}
          {r.warnings.length > 0 && (
            <>
              <h4>{t('warnings')}</h4>
              <ProblemList problems={r.warnings} className="is-warning" lineOf={lineOf} reveal={reveal} t={t} />
            </>
          )}
          {r.ok && r.unmapped.length > 0 && (
            <details>
              <summary>{t('unmapped', { n: r.unmapped.length })}</summary>
              <p className="ch-unmapped">{r.unmapped.join(' ')}</p>
            </details>
          )}
        </article>
      ))}
    </div>
  );
}

export default ChannelsPage;
