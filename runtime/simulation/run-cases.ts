import { runContextSchema, type RunContext } from '../context/context.schema';
import type { Plan } from '../engine/compile';
import { runFlow } from '../engine/run';
import type { RunResult } from '../engine/types';
import { formatMoney, type Money } from '../money/money';
import { effectKey, expectationOf } from './case-from-result';
import { EXPECT_PARTS, type ExpectPart, type Expectation, type TestCase } from './test-cases';

export interface Mismatch {
  readonly part: ExpectPart;
  /** "total", "discount vip-10-off", "gift GIFT-BAG", "route warehouses", … */
  readonly field: string;
  readonly expected: string;
  readonly actual: string;
  /** "total: expected ¥540.00, got ¥560.00" */
  readonly message: string;
}

export interface CaseResult {
  readonly name: string;
  readonly passed: boolean;
  readonly mismatches: readonly Mismatch[];
  /** Null when the case could not run (unknown decision node, missing context file). */
  readonly result: RunResult | null;
  readonly error?: string;
}

export interface CasesReport {
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly CaseResult[];
}

export interface RunCasesOptions {
  /** Context files the cases name, already loaded: path as written in the case → context. */
  readonly contexts?: Readonly<Record<string, RunContext>>;
  readonly trace?: boolean;
}

const money = (m: Money | undefined) => (m ? formatMoney(m.amount, m.currency) : 'none');
const joined = (items: readonly string[]) => (items.length === 0 ? 'none' : items.join(', '));

function mismatch(part: ExpectPart, field: string, expected: string, actual: string): Mismatch {
  return { part, field, expected, actual, message: `${field}: expected ${expected}, got ${actual}` };
}

/** Compares keyed entries both ways: "expected X, got none" and "expected none, got Y". */
function keyed<T>(
  part: ExpectPart,
  label: string,
  want: readonly T[],
  got: readonly T[],
  key: (t: T) => string,
  show: (t: T | undefined) => string,
): Mismatch[] {
  const out: Mismatch[] = [];
  const wanted = new Map(want.map((t) => [key(t), t]));
  const have = new Map(got.map((t) => [key(t), t]));
  for (const k of [...new Set([...wanted.keys(), ...have.keys()])].sort()) {
    const a = show(wanted.get(k));
    const b = show(have.get(k));
    if (a !== b) out.push(mismatch(part, `${label} ${k}`, a, b));
  }
  return out;
}

function statusDetail(result: RunResult): string {
  if (result.waiting) return ` at ${result.waiting.nodeId}`;
  if (result.error) return ` at ${result.error.nodeId} (${result.error.message})`;
  const problem = result.problems?.[0];
  return problem ? ` (${problem.message})` : '';
}

/** Every way `result` falls short of `expect`, as readable lines. */
export function checkExpectation(expect: Expectation, result: RunResult): Mismatch[] {
  const parts = EXPECT_PARTS.filter((p) => expect[p] !== undefined);
  const got = expectationOf(result, parts);
  const out: Mismatch[] = [];
  if (expect.status && expect.status !== got.status)
    out.push(mismatch('status', 'status', expect.status, `${result.status}${statusDetail(result)}`));
  if (expect.decision && expect.decision !== got.decision)
    out.push(mismatch('decision', 'decision', expect.decision, got.decision ?? 'none'));
  if (expect.total && money(expect.total) !== money(got.total))
    out.push(mismatch('total', 'total', money(expect.total), money(got.total)));
  if (expect.discountLines)
    out.push(
      ...keyed(
        'discountLines',
        'discount',
        expect.discountLines,
        got.discountLines ?? [],
        (d) => d.nodeId,
        (d) => money(d?.amount),
      ),
    );
  if (expect.gifts)
    out.push(
      ...keyed(
        'gifts',
        'gift',
        expect.gifts,
        got.gifts ?? [],
        (g) => g.sku,
        (g) => (g ? String(g.quantity) : 'none'),
      ),
    );
  if (expect.route) {
    for (const key of ['warehouses', 'carriers'] as const) {
      const a = joined([...expect.route[key]].sort());
      const b = joined(got.route?.[key] ?? []);
      if (a !== b) out.push(mismatch('route', `route ${key}`, a, b));
    }
  }
  if (expect.holds)
    out.push(
      ...keyed(
        'holds',
        'hold',
        expect.holds,
        got.holds ?? [],
        (h) => h.nodeId,
        (h) => (h ? `${h.kind} ${h.status}` : 'none'),
      ),
    );
  if (expect.tags) {
    const a = joined([...expect.tags].sort());
    const b = joined(got.tags ?? []);
    if (a !== b) out.push(mismatch('tags', 'tags', a, b));
  }
  if (expect.effects) {
    const a = joined(expect.effects.map(effectKey).sort());
    const b = joined((got.effects ?? []).map(effectKey));
    if (a !== b) out.push(mismatch('effects', 'effects', a, b));
  }
  if (expect.attributes)
    for (const [name, value] of Object.entries(expect.attributes)) {
      const a = JSON.stringify(value);
      const have = got.attributes?.[name];
      const b = have === undefined ? 'none' : JSON.stringify(have);
      if (a !== b) out.push(mismatch('attributes', `attribute ${name}`, a, b));
    }
  return out;
}

function contextFor(
  testCase: TestCase,
  ctx: RunContext,
  options: RunCasesOptions,
): { context: RunContext } | { error: string } {
  const ref = testCase.context;
  if (ref === undefined) return { context: ctx };
  if (typeof ref === 'string') {
    const loaded = options.contexts && Object.hasOwn(options.contexts, ref) ? options.contexts[ref] : undefined;
    return loaded ? { context: loaded } : { error: `context file "${ref}" is not available here` };
  }
  const parsed = runContextSchema.safeParse({ ...ctx, ...ref });
  if (parsed.success) return { context: parsed.data };
  return { error: `inline context: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
}

function decisionError(plan: Plan, decisions: Readonly<Record<string, string>>): string | undefined {
  for (const [nodeId, port] of Object.entries(decisions)) {
    const node = plan.nodes.get(nodeId);
    if (!node) return `decision ${nodeId}=${port}: flow ${plan.flowId} has no node "${nodeId}"`;
    if (!node.ports.has(port))
      return `decision ${nodeId}=${port}: ${nodeId} has no port "${port}" (its ports: ${[...node.ports].join(', ')})`;
  }
  return undefined;
}

/** A case's recorded API answers as the decisions an API-call node takes (the answer the host would give). */
function answerDecisions(plan: Plan, testCase: TestCase): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const [nodeId, answer] of Object.entries(testCase.answers ?? {})) {
    const node = plan.nodes.get(nodeId);
    if (!node) return `answer ${nodeId}: flow ${plan.flowId} has no node "${nodeId}"`;
    if (node.type !== 'call-api') return `answer ${nodeId}: ${nodeId} is a ${node.type} step, not an API call`;
    if (testCase.decisions && Object.hasOwn(testCase.decisions, nodeId))
      return `answer ${nodeId}: ${nodeId} also has a decision; give one or the other`;
    const port = answer.status >= 200 && answer.status <= 299 ? 'ok' : 'error';
    out[nodeId] = JSON.stringify({ port, status: answer.status, body: answer.body });
  }
  return out;
}

export function runCase(plan: Plan, testCase: TestCase, ctx: RunContext, options: RunCasesOptions = {}): CaseResult {
  const answers = answerDecisions(plan, testCase);
  const failed = (error: string): CaseResult => ({
    name: testCase.name,
    passed: false,
    mismatches: [],
    result: null,
    error,
  });
  if (typeof answers === 'string') return failed(answers);
  const badDecision = decisionError(plan, testCase.decisions ?? {});
  if (badDecision) return failed(badDecision);
  const decisions = { ...testCase.decisions, ...answers };
  const context = contextFor(testCase, ctx, options);
  if ('error' in context) return failed(context.error);
  const result = runFlow(plan, testCase.order, context.context, { decisions, trace: options.trace ?? false });
  const mismatches = checkExpectation(testCase.expect, result);
  return { name: testCase.name, passed: mismatches.length === 0, mismatches, result };
}

/** Runs every case; a case passes when every part it expects matches. */
export function runCases(
  plan: Plan,
  cases: readonly TestCase[],
  ctx: RunContext,
  options: RunCasesOptions = {},
): CasesReport {
  const results = cases.map((c) => runCase(plan, c, ctx, options));
  const passed = results.filter((r) => r.passed).length;
  return { passed, failed: results.length - passed, results };
}
