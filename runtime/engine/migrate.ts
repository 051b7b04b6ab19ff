import type { FlowNode } from '../flow/flow.schema';
import type { AnyNodeDefinition } from '../node/define-node';

/** Brings a node's config from the type version it was written for up to the current one. */
export function migrateNodeConfig(node: FlowNode, definition: AnyNodeDefinition): { ok: true; config: Record<string, unknown> } | { ok: false; message: string } {
  if (node.typeVersion > definition.version) {
    return { ok: false, message: `node ${node.id} was written for ${node.type} version ${node.typeVersion}, newer than this installation's version ${definition.version}` };
  }
  let config = node.config;
  for (let version = node.typeVersion; version < definition.version; version++) {
    const step = definition.migrations[version];
    if (!step) return { ok: false, message: `no migration for ${node.type} from version ${version} to ${version + 1}` };
    config = step(config);
  }
  return { ok: true, config };
}
