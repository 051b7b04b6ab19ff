import type { RunContext } from '../context/context.schema';
import type { Locale } from '../i18n/locale';
import { isPlainObject } from '../json/json';
import { orderSchema } from '../order/order.schema';
import type { Plan } from './compile';
import { RESUME_WORDS, type ResumeWords } from './resume-words';
import { runOrder } from './run';
import { RUN_STATE_FORMAT, RUN_STATE_FORMAT_VERSION, runStateSchema } from './run-state';
import type { RunOptions, RunResult } from './types';
import { zodParseOptions, zodProblems } from './zod-problems';

export type ResumeErrorCode =
  | 'not-a-state'
  | 'unsupported-format'
  | 'other-flow'
  | 'flow-changed'
  | 'invalid-order'
  | 'unknown-decision'
  | 'decisions-mismatch'
  | 'not-sealed'
  | 'bad-seal';

/** Why a waiting state was refused: what differs, and where in the state (a JSON path). */
export interface ResumeError {
  readonly code: ResumeErrorCode;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly nodeId?: string;
}

/** Like CompileResult: a refusal is a value, never a throw. */
export type ResumeResult =
  { readonly ok: true; readonly result: RunResult } | { readonly ok: false; readonly error: ResumeError };

const refuse = (
  code: ResumeErrorCode,
  message: string,
  path: readonly (string | number)[],
  nodeId?: string,
): ResumeResult => ({ ok: false, error: { code, message, path, ...(nodeId ? { nodeId } : {}) } });

/**
 * Continues a waiting run with a person's decision. Nothing in `state` is trusted: the order is
 * validated again, the flow must be the one the run started on, and the run is replayed from the start
 * with the decisions given so far, so it must wait exactly where the state says. The result is then the
 * run that knew every decision at once — the waits, discounts and totals can only be what the flow
 * computes. Give the context the run started with (the same clock reading) for the same result.
 */
export function resumeFlow(
  plan: Plan,
  state: unknown,
  decision: string,
  ctx: RunContext,
  options: RunOptions = {},
): ResumeResult {
  const locale = options.locale ?? 'en';
  const words = RESUME_WORDS[locale];
  const checked = checkState(plan, state, locale, words);
  if (!checked.ok) return checked;
  const { order, decisions, waitingAt } = checked;

  const replay = runOrder(plan, order, ctx, { decisions, locale });
  if (replay.status !== 'waiting')
    return refuse('decisions-mismatch', words.replayDoesNotWait(waitingAt, replay.status), ['waitingAt'], waitingAt);
  if (replay.waiting!.nodeId !== waitingAt)
    return refuse(
      'decisions-mismatch',
      words.replayWaitsElsewhere(waitingAt, replay.waiting!.nodeId),
      ['waitingAt'],
      waitingAt,
    );
  // Every decision must have been used on the way: a decision for a step the order never reaches is forged.
  const visited = new Set(replay.trace.map((step) => step.nodeId));
  for (const nodeId of Object.keys(decisions))
    if (!visited.has(nodeId) || nodeId === waitingAt)
      return refuse('decisions-mismatch', words.decisionUnused(nodeId), ['decisions', nodeId], nodeId);

  const ports = replay.waiting!.ports;
  if (!ports.includes(decision))
    return refuse('unknown-decision', words.decisionNotPort(waitingAt, decision, ports), [], waitingAt);
  const all = { ...decisions, [waitingAt]: decision };
  return { ok: true, result: runOrder(plan, order, ctx, { ...options, decisions: all }) };
}

type Checked =
  | {
      readonly ok: true;
      readonly order: ReturnType<typeof orderSchema.parse>;
      readonly decisions: Readonly<Record<string, string>>;
      readonly waitingAt: string;
    }
  | Extract<ResumeResult, { ok: false }>;

/** The state's shape, format, flow, order and decision ports: everything that can be checked before replaying. */
function checkState(plan: Plan, state: unknown, locale: Locale, words: ResumeWords): Checked {
  // The format first: a state written by an older version is old, not broken.
  const format = isPlainObject(state) ? state.format : undefined;
  const version = isPlainObject(state) ? state.formatVersion : undefined;
  if (isPlainObject(state) && (format !== RUN_STATE_FORMAT || version !== RUN_STATE_FORMAT_VERSION))
    return refuse(
      'unsupported-format',
      words.format(`${RUN_STATE_FORMAT} v${RUN_STATE_FORMAT_VERSION}`, `${describe(format)} v${describe(version)}`),
      format !== RUN_STATE_FORMAT ? ['format'] : ['formatVersion'],
    ) as Checked;
  const shape = runStateSchema.safeParse(state, zodParseOptions(locale));
  if (!shape.success) {
    const first = zodProblems(shape.error, [], { what: 'value', locale })[0]!;
    return refuse('not-a-state', words.notState(first.message), first.path) as Checked;
  }
  const s = shape.data;
  if (s.flowId !== plan.flowId)
    return refuse('other-flow', words.otherFlow(s.flowId, plan.flowId), ['flowId']) as Checked;
  if (s.flowHash !== plan.contentHash)
    return refuse('flow-changed', words.flowChanged(plan.flowId), ['flowHash']) as Checked;
  const order = orderSchema.safeParse(s.order, zodParseOptions(locale));
  if (!order.success) {
    const first = zodProblems(order.error, ['order'], { what: 'order', locale })[0]!;
    return refuse('invalid-order', words.badOrder(first.message), first.path) as Checked;
  }
  for (const [nodeId, port] of Object.entries(s.decisions)) {
    const node = plan.nodes.get(nodeId);
    if (!node) return refuse('decisions-mismatch', words.unknownDecisionNode(nodeId), ['decisions', nodeId]) as Checked;
    if (!node.ports.has(port))
      return refuse(
        'decisions-mismatch',
        words.decisionNotPort(nodeId, port, [...node.ports]),
        ['decisions', nodeId],
        nodeId,
      ) as Checked;
  }
  return { ok: true, order: order.data, decisions: s.decisions, waitingAt: s.waitingAt };
}

/** A value from the state, shown short in a message (it may be anything). */
function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
