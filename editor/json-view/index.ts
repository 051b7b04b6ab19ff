export { JsonView, type JsonViewProps } from './JsonView';
export { MonacoJson, type MonacoJsonApi, type MonacoJsonProps } from './MonacoJson';
export type { JsonMarker } from './markers';
export { problemsToMarkers } from './markers';
export { checkFlowText, flowJsonSchema, formatFlow } from './flow-text';
