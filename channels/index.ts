/**
 * The unified order layer: channel payloads → the canonical order, driven by declarative mapping
 * documents. Pure TypeScript (no DOM, no Node APIs), so the editor and the server share it.
 */
export { normalize, normalizeStoredRecord, type NormalizeResult, type NormalizeOptions } from './normalize';
export { BUILT_IN_CHANNELS, builtInMapping, loadMapping, type BuiltInChannel, type LoadedMapping } from './registry';
export {
  mappingSchema,
  mappingJsonSchema,
  MAPPING_FORMAT,
  MAPPING_FORMAT_VERSION,
  type ChannelMapping,
  type ChannelMappingInput,
  type FieldSpec,
  type When,
} from './mapping.schema';
export { CONVERSIONS, CONVERSION_NAMES, type ConversionName } from './conversions';
export { customerKeys, type CustomerKeys, type CustomerKeyInput } from './customer/customer-key';
export { rawText } from './json/raw-text';
export type { ChannelProblem } from './problem';
export type { MappingProblem } from './engine/compiled';
export type { ChannelEvent } from './engine/fulfilment';
