/** The public surface of the runtime: pure TypeScript, no DOM, no React. */
export { validateFlow, type FlowValidation, type ValidateOptions } from './engine/validate';
export { compileFlow, type Plan, type CompileResult } from './engine/compile';
export { runFlow, runOrder, DEFAULT_MAX_STEPS } from './engine/run';
export { resumeFlow, type ResumeError, type ResumeErrorCode, type ResumeResult } from './engine/resume';
export { sealState, openState, SEALED_STATE_FORMAT, type SealedState, type SealKey } from './engine/seal';
export { RUN_STATE_FORMAT, RUN_STATE_FORMAT_VERSION } from './engine/run-state';
export type { MatchedRow, RunResult, RunOptions, RunState, RunStatus, TraceStep, Waiting } from './engine/types';
export { formatProblem, formatPath, hasErrors, type Problem, type ProblemCode } from './engine/problem';
export {
  defineNode,
  type NodeDefinition,
  type AnyNodeDefinition,
  type LocalText,
  type Locale,
  type PortSpec,
  type NodeResult,
} from './node/define-node';
export { createRegistry, type NodeRegistry } from './node/registry';
export type { Words } from './node/words';
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
