/**
 * editor/db — the browser's saved flows (IndexedDB via Dexie), UI-free, plus a few React hooks.
 *
 *   const repo = openRepository();            // real DB, wall clock, random ids (one per page)
 *   await seedFromExamples(repo, registry);    // first start: store the example flows (FlowList does this)
 *   repo.listFlows() / getFlow / createFlow / renameFlow / duplicateFlow / deleteFlow / undoDelete
 *   repo.saveDraft(id, flow, draftText?)       // autosave (debounce in the caller, or useAutosave)
 *   repo.saveVersion / listVersions / restoreVersion(seq, backupLabel)
 *   repo.importFlowFile(text, registry, locale?) → { ok: true, flow: FlowRow, problems } | { ok: false, problems } (messages in locale)
 *   exportFlow(flow) → { text, filename };  diffFlows(a, b) → FlowDiff
 *
 * Tests build a repository with `createRepository({ db, now, newId })` over fake-indexeddb.
 */
export {
  OrderflowDb,
  openOrderflowDb,
  DB_NAME,
  DB_VERSIONS,
  type StoredFlow,
  type VersionRow,
  type DeletedFlowRow,
} from './db';
export { createRepository, openRepository, type Repository } from './repository';
export { randomFlowId, type RepoDeps } from './deps';
export type { FlowSummary } from './flows-repo';
export type { ImportResult } from './import-export';
export { exportFlow } from './import-export';
export { diffFlows, isEmptyDiff, jsonEqual, type FlowDiff, type NodeChange, type FieldChange } from './diff-flows';
export { loadExampleFlows, type ExampleFlows } from './example-flows';
export { seedFromExamples } from './first-start';
export { triggerToEndFlow, copyFlow, startingFlow } from './templates';
export { useAutosave, useFlowList, useLiveQuery, useVersions } from './hooks';
