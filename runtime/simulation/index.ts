/** Simulation: test a flow, or two versions of it, against many orders. Pure TypeScript, no DOM. */
export * from './compare';
export * from './test-cases';
export { caseFromResult, expectationOf } from './case-from-result';
export {
  checkExpectation,
  runCases,
  runCase,
  type CaseResult,
  type CasesReport,
  type Mismatch,
  type RunCasesOptions,
} from './run-cases';
export { runBatch, type BatchOptions, type BatchProgress, type BatchResult } from './batch';
export { runCompareBatch, type CompareBatchOptions, type CompareBatchResult } from './compare-batch';
export { forEachChunked, DEFAULT_CHUNK_SIZE, type ChunkOptions, type RecordPages, type RecordSource } from './chunks';
export { parseJsonl, toRecords, type BatchRecord } from './records';
export {
  checkRecord,
  orderJsonOf,
  runRecord,
  type CheckedRecord,
  type ReadableRecord,
  type SimRecord,
} from './checked';
export { compactResult, unreadableResult, edgesOfTrace, type CompactResult } from './compact';
export { flowInfo, type FlowInfo } from './summary/flow-info';
export {
  addResult,
  addUnreadable,
  createSummary,
  mergeSummary,
  serviceKeysOf,
  SAMPLE_LIMIT,
  type MoneyTally,
  type NodeStats,
  type OrderIssue,
  type ServiceKeys,
  type ServiceTally,
  type SimulationSummary,
} from './summary/summary';
