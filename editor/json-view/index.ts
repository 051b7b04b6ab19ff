export { JsonView, type JsonViewProps } from './json-view';
export { MonacoJson, type MonacoJsonApi, type MonacoJsonProps } from './monaco-json';
export type { JsonMarker } from './markers';
export { problemsToMarkers } from './markers';
export { checkFlowText, flowJsonSchema, formatFlow } from './flow-text';
