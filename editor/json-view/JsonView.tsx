/**
 * JsonView — the whole flow as JSON text (Monaco, lazy), checked with the runtime's validateFlow.
 *
 *   <JsonView key={flowId} flow={flow} registry={registry} locale={locale} draftText={row.draftText}
 *     onValidFlow={replaceFlow} onDraftText={(text) => setDraft(text)} />
 *
 * - Valid text (no errors; warnings allowed) is applied: `onValidFlow(flow)` with the validated flow.
 * - Invalid text is kept on screen, marked per line, and reported with `onDraftText(text)` so it can
 *   be persisted (FlowRow.draftText); `onDraftText(null)` once the text is valid again.
 * - `draftText` (optional) restores a saved invalid text instead of the flow's JSON.
 * - When `flow` changes elsewhere (canvas, undo), the text follows — unless it holds unapplied errors;
 *   then a notice offers to replace it. Mount with `key={flowId}` so switching flows starts fresh.
 * - The flow JSON Schema (node configs included) gives autocomplete; override with `schema`.
 * - `delayMs` (default 300): how long typing must pause before the text is checked.
 * - Problems are worded in `locale`; changing it checks the text again.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Flow, Locale, NodeRegistry } from '../../runtime/index';
import { jsonEqual } from '../db/diff-flows';
import { checkFlowText, flowJsonSchema, formatFlow, type FlowTextCheck } from './flow-text';
import { msg } from './JsonView.i18n';
import { problemsToMarkers } from './markers';
import { MonacoJson, type MonacoJsonApi } from './MonacoJson';
import { ProblemList } from './ProblemList';

export interface JsonViewProps {
  readonly flow: Flow;
  readonly registry: NodeRegistry;
  readonly locale: Locale;
  readonly onValidFlow: (flow: Flow) => void;
  readonly onDraftText: (text: string | null) => void;
  readonly draftText?: string;
  readonly schema?: object;
  readonly height?: number | string;
  readonly delayMs?: number;
}

export function JsonView({
  flow,
  registry,
  locale,
  onValidFlow,
  onDraftText,
  draftText,
  schema,
  height = 480,
  delayMs = 300,
}: JsonViewProps) {
  const [text, setText] = useState(() => draftText ?? formatFlow(flow));
  const [check, setCheck] = useState<FlowTextCheck>(() => checkFlowText(text, registry, locale));
  const [stale, setStale] = useState(false);
  const checked = useRef({ text, check, draft: draftText !== undefined });
  const editor = useRef<MonacoJsonApi | null>(null);
  const callbacks = useRef({ onValidFlow, onDraftText, flow, locale });
  callbacks.current = { onValidFlow, onDraftText, flow, locale };

  const show = (next: string) => {
    const result = checkFlowText(next, registry, locale);
    checked.current = { text: next, check: result, draft: false };
    setText(next);
    setCheck(result);
    setStale(false);
  };

  // Check the text once typing pauses; apply it if valid, otherwise report it as a draft.
  useEffect(() => {
    if (text === checked.current.text) return;
    const timer = setTimeout(() => {
      const result = checkFlowText(text, registry, callbacks.current.locale);
      const wasDraft = checked.current.draft;
      checked.current = { text, check: result, draft: result.flow === null };
      setCheck(result);
      if (!result.flow) return callbacks.current.onDraftText(text);
      if (wasDraft) callbacks.current.onDraftText(null);
      setStale(false);
      if (!jsonEqual(result.flow, callbacks.current.flow)) callbacks.current.onValidFlow(result.flow);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, registry, delayMs]);

  // Problems are worded in the UI's language: check the text again when it changes (nothing is applied).
  const checkedLocale = useRef(locale);
  useEffect(() => {
    if (checkedLocale.current === locale) return;
    checkedLocale.current = locale;
    const current = checked.current;
    const result = checkFlowText(current.text, registry, locale);
    checked.current = { ...current, check: result };
    setCheck(result);
  }, [locale, registry]);

  // Follow changes made elsewhere, but never overwrite text with unapplied errors.
  const seenFlow = useRef(flow);
  useEffect(() => {
    if (seenFlow.current === flow) return;
    seenFlow.current = flow;
    const current = checked.current;
    if (current.check.flow && jsonEqual(current.check.flow, flow)) return;
    if (current.draft || !current.check.flow) setStale(true);
    else show(formatFlow(flow));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow]);

  const markers = useMemo(() => problemsToMarkers(check.problems), [check]);
  const jsonSchema = useMemo(() => schema ?? flowJsonSchema(registry), [schema, registry]);
  const hasErrors = check.flow === null;

  return (
    <section className="of-json-view" aria-label={msg('title', locale)}>
      {stale && (
        <p className="of-json-stale" role="status">
          {msg('changedElsewhere', locale)}{' '}
          <button
            type="button"
            onClick={() => {
              show(formatFlow(flow));
              onDraftText(null);
            }}
          >
            {msg('useCurrent', locale)}
          </button>
        </p>
      )}
      <MonacoJson
        value={text}
        onChange={setText}
        schema={jsonSchema}
        markers={markers}
        height={height}
        ariaLabel={msg('title', locale)}
        onReady={(api) => (editor.current = api)}
      />
      <p className={hasErrors ? 'of-json-status of-json-invalid' : 'of-json-status'} role="status">
        {msg(hasErrors ? 'invalid' : 'valid', locale)}
      </p>
      <ProblemList problems={check.problems} locale={locale} onLine={(line) => editor.current?.revealLine(line)} />
    </section>
  );
}
