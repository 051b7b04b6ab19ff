/**
 * The public surface of the runtime for hosts (the editor, the CLI, the server, forecasting, channels, bench):
 * pure TypeScript, no DOM, no React. It lists what code outside runtime/ imports, plus the documented host
 * API (resume, sealed state) and the types naming its results. What only node types need (defineNode,
 * the outcome's parts, results…) is in runtime/node/index.ts. Nothing outside runtime/ imports a runtime
 * module directly (scripts/layers.ts); `npm run codemod:entries` rewrites such imports and adds names here.
 */
import './zod-jitless';

// Flows: validate, compile, run, resume.
export { validateFlow, type FlowValidation, type ValidateOptions } from './engine/validate';
export { compileFlow, type Plan, type CompileResult } from './engine/compile';
export { runFlow, runOrder } from './engine/run';
export { resumeFlow, type ResumeError, type ResumeErrorCode, type ResumeResult } from './engine/resume';
export { sealState, openState, type SealedState, type SealKey } from './engine/seal';
export type { MatchedRow, RunResult, RunOptions, RunState, RunStatus, TraceStep, Waiting } from './engine/types';
export { formatProblem, formatProblemPath, type Problem, type ProblemCode } from './engine/problem';
export { checkLogic } from './logic/check';
export { zodParseOptions } from './engine/zod-problems';

// Node types as the editor and hosts see them.
export { type AnyNodeDefinition, type PortSpec } from './node/define-node';
export { createRegistry, type NodeRegistry } from './node/registry';
export type { Locale, LocalText } from './i18n/locale';

// The flow, the order, the outcome and the world they run in.
export {
  flowSchema,
  FLOW_FORMAT,
  FLOW_FORMAT_VERSION,
  type Flow,
  type FlowNode,
  type FlowEdge,
} from './flow/flow.schema';
export {
  orderSchema,
  channelSchema,
  CHANNELS,
  isoTimestampSchema,
  type Order,
  type OrderInput,
} from './order/order.schema';
export { parseOrder } from './order/check-order';
export { orderCheckModule } from './order/check-emit';
export { computeTotals, type Totals } from './order/totals';
export type { Outcome, FulfilmentPlan, Shipment, RouteCandidate } from './order/outcome';
export {
  runContextSchema,
  emptyContext,
  type RunContext,
  type RunContextInput,
  type Warehouse,
  type Carrier,
  type LookupTable,
  type TableValueType,
} from './context/context.schema';
export { parseContextText, type ContextProblem } from './context/parse-context';
export { checkTableReferences } from './context/table-references';

// Money.
export {
  formatMoney,
  parseMajorUnits,
  toMajorUnitsString,
  minorUnitsSchema,
  moneySchema,
  type Money,
} from './money/money';
export { CURRENCY_CODES, currencyExponent } from './money/currency';

// JSON in and out, and the channel path language.
export { publishedSchemas, buildFlowJsonSchema, buildOrderJsonSchema } from './schema/json-schema';
export { isPlainObject, FORBIDDEN_KEYS } from './json/json';
export { JSON_LIMITS } from './json/safe-json';
export { parseJsonText } from './json/json-text';
export {
  jsonArrayElements,
  RECORD_LIMIT_BYTES,
  BrokenArrayError,
  parseRecord,
  type OrderRecord,
} from './json/json-array-stream';
export { compilePath, evaluatePath, type CompiledPath, type Hit, type Segment } from './path/path';
export { numberText, isRecord, scalarText } from './path/values';

// Simulation: batches, comparisons, summaries, test cases.
export { runBatch } from './simulation/batch';
export { runCompareBatch } from './simulation/compare-batch';
export { macrotask, type RecordSource } from './simulation/chunks';
export { parseJsonl, type BatchRecord } from './simulation/records';
export { checkRecord, orderJsonOf, type SimRecord } from './simulation/checked';
export { edgesOfTrace, compactResult, unreadableResult, type CompactResult } from './simulation/compact';
export { bump } from './simulation/tally';
export { createLedger } from './simulation/world-ledger';
export { flowInfo } from './simulation/summary/flow-info';
export {
  mergeSummary,
  createSummary,
  addResult,
  addUnreadable,
  serviceKeysOf,
  SAMPLE_LIMIT,
  type SimulationSummary,
  type ServiceTally,
  type OrderIssue,
} from './simulation/summary/summary';
export {
  mergeComparison,
  averagePromiseDays,
  createComparison,
  addPair,
  type RunsComparison,
  type SideFigures,
} from './simulation/compare-runs';
export { compareResults } from './simulation/field-diff';
export { type FieldValue } from './simulation/outcome-fields';
export {
  EXPECT_PARTS,
  casesFile,
  parseCasesFile,
  type TestCase,
  type ExpectPart,
  type CasesFile,
} from './simulation/test-cases';
export { runCases, type CaseResult } from './simulation/run-cases';
export { caseFromResult } from './simulation/case-from-result';

// Rollouts: assignment, observations, guardrails.
export { assignArm, assignmentKey } from './rollout/assignment';
export { observe, type Observation } from './rollout/observation';
export {
  DEFAULT_GUARDRAILS,
  GUARDRAIL_METRICS,
  abReport,
  checkGuardrails,
  type MetricCheck,
} from './rollout/guardrails';
export { emptyTotals, mergeTotals, type ArmTotals } from './rollout/stats';
export { emitFlowModule, type EmitOptions } from './aot/emit-flow';
export { aotSupport, AOT_FORMAT } from './aot/support';
export { jsLiteral } from './aot/js-literal';
export type { BuiltFlowModule } from './aot/built-module';
