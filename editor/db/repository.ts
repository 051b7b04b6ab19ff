import type { Flow, Locale, NodeRegistry } from '../../runtime/index';
import { openOrderflowDb, type OrderflowDb } from './db';
import { randomFlowId, type RepoDeps } from './deps';
import * as flows from './flows-repo';
import { exportFlow, importFlowFile } from './import-export';
import { seedExamples } from './seed';
import * as versions from './versions-repo';

/**
 * The persistence API the panels use, bound to one database, clock and id source.
 * Every method is a thin call into a plain function module (flows-repo, versions-repo, …).
 */
export function createRepository(deps: RepoDeps) {
  return {
    deps,
    listFlows: () => flows.listFlows(deps),
    getFlow: (id: string) => flows.getFlow(deps, id),
    createFlow: (options: { name: string; template?: Flow; registry?: NodeRegistry }) =>
      flows.createFlow(deps, options),
    renameFlow: (id: string, name: string) => flows.renameFlow(deps, id, name),
    duplicateFlow: (id: string, name: string) => flows.duplicateFlow(deps, id, name),
    deleteFlow: (id: string) => flows.deleteFlow(deps, id),
    undoDelete: (id: string) => flows.undoDelete(deps, id),
    purgeDeleted: (before: string) => flows.purgeDeleted(deps, before),
    listDeleted: () => flows.listDeleted(deps),
    deleteForever: (id: string) => flows.deleteForever(deps, id),
    saveDraft: (id: string, document: Flow, draftText?: string) => flows.saveDraft(deps, id, document, draftText),
    saveVersion: (flowId: string, label: string, document: Flow, draftText?: string) =>
      versions.saveVersion(deps, flowId, label, document, draftText),
    listVersions: (flowId: string) => versions.listVersions(deps, flowId),
    getVersion: (seq: number) => versions.getVersion(deps, seq),
    restoreVersion: (seq: number, backupLabel: string) => versions.restoreVersion(deps, seq, backupLabel),
    seedExamples: (examples: readonly Flow[]) => seedExamples(deps, examples),
    importFlowFile: (text: string, registry: NodeRegistry, locale?: Locale) =>
      importFlowFile(deps, text, registry, locale),
    exportFlow,
  };
}

export type Repository = ReturnType<typeof createRepository>;

/** The app's repository: the real IndexedDB, the wall clock and random ids. */
export function openRepository(db: OrderflowDb = openOrderflowDb()): Repository {
  return createRepository({ db, now: () => new Date().toISOString(), newId: randomFlowId });
}
