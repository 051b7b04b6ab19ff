/** The public surface of the runtime: pure TypeScript, no DOM, no React. */
export { validateFlow, type FlowValidation, type ValidateOptions } from './engine/validate';
export { compileFlow, type Plan, type CompileResult } from './engine/compile';
export { runFlow, runOrder, DEFAULT_MAX_STEPS } from './engine/run';
export { resumeFlow, type ResumeError, type ResumeErrorCode, type ResumeResult } from './engine/resume';
export { sealState, openState, SEALED_STATE_FORMAT, type SealedState, type SealKey } from './engine/seal';
export { RUN_STATE_FORMAT, RUN_STATE_FORMAT_VERSION } from './engine/run-state';
export type { MatchedRow, RunResult, RunOptions, RunState, RunStatus, TraceStep, Waiting } from './engine/types';
export { formatProblem, formatProblemPath, hasErrors, type Problem, type ProblemCode } from './engine/problem';
export {
  defineNode,
  type NodeDefinition,
  type AnyNodeDefinition,
  type PortSpec,
  type NodeResult,
} from './node/define-node';
export { createRegistry, type NodeRegistry } from './node/registry';
export type { Words } from './i18n/words';
export type { Locale, LocalText } from './i18n/locale';
export { VALIDATION_WORDS, type ValidationWords } from './engine/problem-words';
export {
  flowSchema,
  FLOW_FORMAT,
  FLOW_FORMAT_VERSION,
  type Flow,
  type FlowNode,
  type FlowEdge,
} from './flow/flow.schema';
export { orderSchema, type Order, type OrderInput, type LineItem } from './order/order.schema';
export { computeTotals, type Totals } from './order/totals';
export type {
  Outcome,
  Adjustment,
  GiftLine,
  Hold,
  FulfilmentPlan,
  Shipment,
  RouteCandidate,
  OmittedCandidates,
  Effect,
  Decision,
} from './order/outcome';
export {
  runContextSchema,
  emptyContext,
  type RunContext,
  type RunContextInput,
  type Warehouse,
  type Carrier,
} from './context/context.schema';
export { allocate, formatMoney, parseMajorUnits, toMajorUnitsString, type Money } from './money/money';
export { publishedSchemas, buildFlowJsonSchema, buildOrderJsonSchema } from './schema/json-schema';
export { isPlainObject, FORBIDDEN_KEYS } from './json/json';
export { CURRENCY_CODES, currencyExponent } from './money/currency';
export { minorUnitsSchema, moneySchema } from './money/money';
export { channelSchema, CHANNELS, isoTimestampSchema } from './order/order.schema';
export { JSON_LIMITS } from './json/safe-json';
export { parseJsonText } from './json/json-text';
export { bump } from './simulation/tally';
export { createLedger } from './simulation/world-ledger';
export { edgesOfTrace, compactResult, unreadableResult, type CompactResult } from './simulation/compact';
export { parseJsonl, type BatchRecord } from './simulation/records';
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
export { checkRecord, orderJsonOf, type SimRecord } from './simulation/checked';
export {
  mergeComparison,
  averagePromiseDays,
  createComparison,
  addPair,
  type RunsComparison,
  type SideFigures,
} from './simulation/compare-runs';
export {
  EXPECT_PARTS,
  casesFile,
  parseCasesFile,
  type TestCase,
  type ExpectPart,
  type CasesFile,
} from './simulation/test-cases';
export { parseContextText, type ContextProblem } from './context/parse-context';
export {
  jsonArrayElements,
  RECORD_LIMIT_BYTES,
  BrokenArrayError,
  parseRecord,
  type OrderRecord,
} from './json/json-array-stream';
export { runBatch } from './simulation/batch';
export { macrotask, type RecordSource } from './simulation/chunks';
export { runCompareBatch } from './simulation/compare-batch';
export { caseFromResult } from './simulation/case-from-result';
export { runCases, type CaseResult } from './simulation/run-cases';
export { type FieldValue } from './simulation/outcome-fields';
export { checkLogic } from './logic/check';
export { LogicError } from './logic/logic-error';
export { flowInfo } from './simulation/summary/flow-info';
export { parseOrder } from './order/check-order';
export { checkTableReferences } from './context/table-references';
export { zodParseOptions } from './engine/zod-problems';
export { type LookupTable } from './context/context.schema';
export { numberText, isRecord, scalarText } from './path/values';
export { assignArm, assignmentKey } from './rollout/assignment';
export { observe } from './rollout/observation';
export { compareResults } from './simulation/field-diff';
export {
  DEFAULT_GUARDRAILS,
  GUARDRAIL_METRICS,
  abReport,
  checkGuardrails,
  type MetricCheck,
} from './rollout/guardrails';
export { emptyTotals, mergeTotals, type ArmTotals } from './rollout/stats';
export { type TableValueType } from './context/context.schema';
export { compilePath, evaluatePath, type CompiledPath, type Hit, type Segment } from './path/path';
export { emitFlowModule, type EmitOptions } from './aot/emit-flow';
export { aotSupport, AOT_FORMAT } from './aot/support';
export { jsLiteral } from './aot/js-literal';
export type { BuiltFlowModule } from './aot/built-module';
