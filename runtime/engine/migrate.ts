import type { FlowNode } from '../flow/flow.schema';
import type { AnyNodeDefinition } from '../node/define-node';
import type { Locale } from '../i18n/locale';
import { VALIDATION_WORDS } from './problem-words';

/** Brings a node's config from the type version it was written for up to the current one; `locale` words a failure. */
export function migrateNodeConfig(
  node: FlowNode,
  definition: AnyNodeDefinition,
  locale: Locale = 'en',
): { ok: true; config: Record<string, unknown> } | { ok: false; message: string } {
  const words = VALIDATION_WORDS[locale];
  if (node.typeVersion > definition.version) {
    return { ok: false, message: words.newerTypeVersion(node.id, node.type, node.typeVersion, definition.version) };
  }
  let config = node.config;
  for (let version = node.typeVersion; version < definition.version; version++) {
    const step = definition.migrations[version];
    if (!step) return { ok: false, message: words.noMigration(node.type, version) };
    config = step(config);
  }
  return { ok: true, config };
}
