import { useCallback, useEffect, useRef, useState } from 'react';
import type { RunContext, Plan, RunResult, Locale } from '../../../runtime/index';
import { runFlow, resumeFlow, parseJsonText } from '../../../runtime/index';

export interface SingleRun {
  readonly orderText: string;
  /** The order JSON the result came from. */
  readonly order: Record<string, unknown> | null;
  readonly result: RunResult | null;
  /** Every decision given to a waiting node on the way (saved with a test case). */
  readonly decisions: Readonly<Record<string, string>>;
  readonly error: string | null;
  /** The order text the result was run from (the editor's text may have changed since). */
  readonly ranText?: string;
}

export interface SingleRunApi extends SingleRun {
  setOrderText(text: string): void;
  run(decisions?: Readonly<Record<string, string>>): void;
  /** Puts an order (from the data set, a failure list, a test case) in the editor and runs it. */
  open(order: unknown, decisions?: Readonly<Record<string, string>>): void;
  /** Resumes a waiting run with one of its ports. */
  decide(port: string): void;
}

const ORDER_KEY = 'orderflow.single.order';

function readKept(key: string): string {
  try {
    return globalThis.localStorage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function keep(key: string, text: string): void {
  try {
    globalThis.localStorage?.setItem(key, text);
  } catch {
    /* full or blocked: kept for this session only */
  }
}

const EMPTY: SingleRun = { orderText: '', order: null, result: null, decisions: {}, error: null };

/** Runs one order at a time, traced, with notes and explanations in `locale`. */
export function useSingleRun(
  plan: Plan | null,
  context: RunContext | null,
  notJson: (line: number, message: string) => string,
  locale: Locale = 'en',
): SingleRunApi {
  // The order being tried survives a reload (pasted text is work too); results are run again on demand.
  const [state, setState] = useState<SingleRun>(() => ({ ...EMPTY, orderText: readKept(ORDER_KEY) }));
  useEffect(() => keep(ORDER_KEY, state.orderText), [state.orderText]);

  const execute = useCallback(
    (text: string, decisions: Readonly<Record<string, string>>) => {
      if (!plan || !context) return setState((s) => ({ ...s, orderText: text }));
      const parsed = parseJsonText(text, locale);
      if (!parsed.ok)
        return setState((s) => ({ ...s, orderText: text, error: notJson(parsed.error.line, parsed.error.message) }));
      const order =
        typeof parsed.value === 'object' && parsed.value !== null && !Array.isArray(parsed.value)
          ? (parsed.value as Record<string, unknown>)
          : null;
      const result = runFlow(plan, parsed.value, context, { trace: true, decisions, locale });
      setState({ orderText: text, order, result, decisions, error: null, ranText: text });
    },
    [plan, context, notJson, locale],
  );

  // A run on screen follows a switch of language: the same order and decisions, run again (a resumed
  // run equals one that knew its decisions from the start), so explanations are never half translated.
  const shown = useRef(state);
  useEffect(() => void (shown.current = state), [state]); // before the effect below, which reads it
  const ranIn = useRef(locale);
  useEffect(() => {
    if (ranIn.current === locale) return;
    ranIn.current = locale;
    const { result, ranText, decisions } = shown.current;
    if (result && ranText !== undefined) execute(ranText, decisions);
  }, [locale, execute]);

  const decide = useCallback(
    (port: string) => {
      setState((s) => {
        if (!plan || !context || !s.result?.state || !s.result.waiting) return s;
        const resumed = resumeFlow(plan, s.result.state, port, context, { trace: true, locale });
        // Refused when the flow changed since this run started: its waiting state belongs to the old version.
        if (!resumed.ok) return { ...s, error: resumed.error.message };
        const decisions = { ...s.decisions, [s.result.waiting.nodeId]: port };
        return { ...s, result: resumed.result, decisions, error: null };
      });
    },
    [plan, context, locale],
  );

  return {
    ...state,
    setOrderText: useCallback((orderText: string) => setState((s) => ({ ...s, orderText })), []),
    run: (decisions = {}) => execute(state.orderText, decisions),
    open: (order, decisions = {}) => execute(JSON.stringify(order, null, 2), decisions),
    decide,
  };
}
