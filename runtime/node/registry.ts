import type { AnyNodeDefinition } from './define-node';

/** The node types a flow may use. A value, passed to the editor and the runtime alike. */
export interface NodeRegistry {
  get(type: string): AnyNodeDefinition | undefined;
  list(): readonly AnyNodeDefinition[];
}

export function createRegistry(definitions: readonly AnyNodeDefinition[]): NodeRegistry {
  const byType = new Map<string, AnyNodeDefinition>();
  for (const definition of definitions) {
    if (byType.has(definition.type)) throw new Error(`Node type "${definition.type}" is registered twice`);
    byType.set(definition.type, definition);
  }
  const list = Object.freeze([...byType.values()]);
  return { get: (type) => byType.get(type), list: () => list };
}
