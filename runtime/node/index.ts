/**
 * The public surface for node authors: everything a node type (nodes/, examples/custom-node/, a shop's own
 * node) needs to define, prepare and run itself. Hosts (the editor, the CLI, the server) use runtime/index.ts.
 * Nothing outside runtime/ imports a runtime module directly (scripts/layers.ts); `npm run codemod:entries`
 * rewrites such imports to this entry or the host entry.
 */
import '../zod-jitless';
export {
  defineNode,
  type AnyNodeDefinition,
  type ConfigOf,
  type NodeCategory,
  type NodeDefinition,
  type NodeIssue,
  type NodeResult,
  type NodeRunInput,
  type NodeSpec,
  type PortSpec,
  type PrepareTools,
} from './define-node';
export { createRegistry, type NodeRegistry } from './registry';
export { schemaMessage } from './schema-message';
export type { Locale, LocalText } from '../i18n/locale';
export type { Words } from '../i18n/words';
export { countEn } from '../i18n/plural';
export { compileLogic, truthy, type CompiledLogic, type LogicExpression } from '../logic/logic';
export { isMoneyObject, lookupShape } from '../logic/shape-path';
export { buildFacts, factTables, FACTS_SHAPE, type Facts, type FieldShape } from '../order/facts';
export {
  emptyOutcome,
  type Adjustment,
  type Decision,
  type Effect,
  type FulfilmentPlan,
  type GiftLine,
  type Hold,
  type HoldKind,
  type HoldStatus,
  type OmittedCandidates,
  type Outcome,
  type OutcomePatch,
  type RouteCandidate,
  type Shipment,
} from '../order/outcome';
export {
  CUSTOMER_TIERS,
  ORDER_STATUSES,
  orderSchema,
  type LineItem,
  type Order,
  type OrderInput,
} from '../order/order.schema';
export { computeTotals, subtotalOf, type Totals } from '../order/totals';
export {
  emptyContext,
  runContextSchema,
  type Carrier,
  type RunContext,
  type Warehouse,
} from '../context/context.schema';
export {
  allocate,
  currencyCodeSchema,
  formatMoney,
  MAX_MONEY_AMOUNT,
  parseMajorUnits,
  roundMinor,
  type Money,
} from '../money/money';
export { currencySymbol, isKnownCurrency } from '../money/currency';
export type { JsonValue } from '../json/json';
export type { MatchedRow } from '../engine/types';
export { storedJson } from '../json/json';
export { carrierSchema, warehouseSchema } from '../context/context.schema';
export { fieldMeta, metaOf } from './field-meta';
export { takePort, waitFor, fixedResult, deferredNote, DeferredNote, type WaitRequest } from './result';
export { applyPatch } from '../engine/apply-patch';
export { compilePath, evaluatePath, type CompiledPath } from '../path/path';
