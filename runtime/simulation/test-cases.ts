/**
 * The `*.cases.json` format: orders with the outcome people expect from a flow, checked by
 * `orderflow test` and the editor's Test cases tab. Only the parts written under `expect` are checked.
 */
import { z } from 'zod';
import { runContextSchema } from '../context/context.schema';
import { moneySchema } from '../money/money';

export const CASES_FORMAT = 'orderflow/cases';
export const CASES_FORMAT_VERSION = 1;

const id = z.string().min(1).max(128);
const contextKeys = Object.keys(runContextSchema.shape);

/** A context file path (relative to the cases file), or fields that override the default context. */
export const caseContextSchema = z.union([
  z.string().min(1).max(1024),
  z.record(z.string(), z.unknown()).refine((o) => Object.keys(o).every((k) => contextKeys.includes(k)), {
    message: `an inline context may only set ${contextKeys.join(', ')}`,
  }),
]);

export const expectationSchema = z.strictObject({
  status: z.enum(['completed', 'waiting', 'rejected', 'failed']).optional(),
  decision: z.enum(['accept', 'hold', 'cancel', 'skip']).optional(),
  total: moneySchema.optional(),
  discountLines: z.array(z.strictObject({ nodeId: id, amount: moneySchema })).optional(),
  gifts: z.array(z.strictObject({ sku: id, quantity: z.number().int().min(0) })).optional(),
  route: z.strictObject({ warehouses: z.array(id), carriers: z.array(id) }).optional(),
  holds: z
    .array(
      z.strictObject({
        nodeId: id,
        kind: z.enum(['approval', 'qc', 'api-call']),
        status: z.enum(['pending', 'approved', 'rejected', 'timed_out', 'passed', 'failed', 'review']),
      }),
    )
    .optional(),
  tags: z.array(z.string().min(1).max(64)).optional(),
  /** What the host is asked to do: CRM tags and notifications, compared as a set (order never matters). */
  effects: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('crm-tag'), tag: z.string().min(1).max(64) }),
        z.strictObject({ kind: z.literal('notify'), channel: z.string().min(1).max(64), to: z.string().max(256) }),
      ]),
    )
    .optional(),
  /** Attributes the flow set (e.g. by a decision table): only the names written here are checked. */
  attributes: z.record(z.string().min(1).max(64), z.json()).optional(),
});

export const testCaseSchema = z.strictObject({
  name: z.string().min(1).max(200),
  /** Canonical order JSON; validated when the case runs, so a case may expect a rejection. */
  order: z.record(z.string(), z.unknown()),
  context: caseContextSchema.optional(),
  /** Answers for nodes that wait for a person: node id → port (approval: approved|rejected|timed_out; QC: pass|fail). */
  decisions: z.record(z.string(), z.string().min(1)).optional(),
  /**
   * Recorded answers for API-call nodes: node id → {status, body}, used instead of the node's own example
   * (2xx takes `ok`, anything else `error`). A node in both `decisions` and `answers` is refused.
   */
  answers: z
    .record(z.string(), z.strictObject({ status: z.number().int().min(100).max(599), body: z.json().default(null) }))
    .optional(),
  expect: expectationSchema,
});

export const casesFileSchema = z.strictObject({
  format: z.literal(CASES_FORMAT),
  formatVersion: z.literal(CASES_FORMAT_VERSION),
  flowId: id,
  cases: z.array(testCaseSchema).max(10_000),
});

/** A context file path, or fields overriding the default context (`caseContextSchema`). */
export type CaseContext = string | Record<string, unknown>;
export type Expectation = z.output<typeof expectationSchema>;
export type ExpectPart = keyof Expectation;
export type TestCase = z.output<typeof testCaseSchema>;
export type CasesFile = z.output<typeof casesFileSchema>;

/** Every part, in the order they are checked and shown. */
export const EXPECT_PARTS: readonly ExpectPart[] = [
  'status',
  'decision',
  'total',
  'discountLines',
  'gifts',
  'route',
  'holds',
  'tags',
  'effects',
  'attributes',
];

/** Parses cases JSON (already parsed from text); problems as "cases.2.expect.total.amount: …". */
export function parseCasesFile(value: unknown): { ok: true; file: CasesFile } | { ok: false; problems: string[] } {
  const parsed = casesFileSchema.safeParse(value);
  if (parsed.success) return { ok: true, file: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`) };
}

export function casesFile(flowId: string, cases: readonly TestCase[]): CasesFile {
  return { format: CASES_FORMAT, formatVersion: CASES_FORMAT_VERSION, flowId, cases: [...cases] };
}
