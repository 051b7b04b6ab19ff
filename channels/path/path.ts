// The path language lives in the runtime now, so nodes (the API-call node's body mapping) read it too.
export { compilePath, evaluatePath, type CompiledPath, type Hit, type Segment } from '../../runtime/index';
