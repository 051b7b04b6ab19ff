export { EVENT_TYPES, fulfilmentEventSchema, parseEvent, parseEventLines, type FulfilmentEvent } from './events';
export { buildRecords, type HealthRecord, type HealthRecords } from './records';
export { kpiDefinitionSchema, kpiDefinitionsSchema, type KpiDefinition, type Condition } from './definition';
export { measure, quantile, type KpiValue } from './evaluate';
export {
  BUILTIN_KPIS,
  bucketOf,
  computeKpi,
  computeKpis,
  kpiTrend,
  type Bucket,
  type KpiResult,
  type Period,
} from './compute';
export { routingScore, ROUTING_WEIGHTS, type RoutingScore } from './routing-score';
export { DEFAULT_ASSUMPTIONS, expectedEvents, type SimulationAssumptions } from './from-simulation';
export { formatText, formatValue, toJson } from './format';
export { auditReportHtml, type AuditReportOptions } from './report-html';
