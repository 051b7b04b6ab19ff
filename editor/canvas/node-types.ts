import type { NodeTypes } from '@xyflow/react';
import type { NodeRegistry } from '../../runtime/index';
import { createCardComponent } from './NodeCard';
import { UNKNOWN_TYPE } from './to-react-flow';

const cache = new WeakMap<NodeRegistry, NodeTypes>();

/**
 * React Flow's nodeTypes, built once per registry (a new object every render would remount every
 * node). Types without a special view share the generic card, drawn from their definition.
 */
export function nodeTypesFor(registry: NodeRegistry): NodeTypes {
  const hit = cache.get(registry);
  if (hit) return hit;
  const types: NodeTypes = { [UNKNOWN_TYPE]: createCardComponent(null) };
  for (const definition of registry.list()) types[definition.type] = createCardComponent(definition);
  cache.set(registry, types);
  return types;
}
