import Dexie from 'dexie';
import type { Flow } from '../../runtime/index';
import type { StoredFlow, VersionRow } from './db';
import type { RepoDeps } from './deps';

/** Snapshots `document` (normally the editor's current flow) under a label people chose. */
export async function saveVersion(
  deps: RepoDeps,
  flowId: string,
  label: string,
  document: Flow,
  draftText?: string,
): Promise<VersionRow> {
  const row: VersionRow = {
    flowId,
    label: label.trim() || deps.now(),
    createdAt: deps.now(),
    document: { ...document, id: flowId },
    ...(draftText !== undefined ? { draftText } : {}),
  };
  const seq = await deps.db.versions.add(row);
  return { ...row, seq };
}

/** Newest first. */
export function listVersions(deps: RepoDeps, flowId: string): Promise<VersionRow[]> {
  return deps.db.versions
    .where('[flowId+seq]')
    .between([flowId, Dexie.minKey], [flowId, Dexie.maxKey])
    .reverse()
    .toArray();
}

export function getVersion(deps: RepoDeps, seq: number): Promise<VersionRow | undefined> {
  return deps.db.versions.get(seq);
}

export interface RestoreResult {
  readonly flow: StoredFlow;
  /** What the flow held just before, saved as a version so a restore can itself be undone. */
  readonly backup: VersionRow;
}

/**
 * Makes version `seq` the flow's current document. The current document (and any pending draft
 * text) is first saved as a version labelled `backupLabel`, so nothing is lost by restoring.
 */
export async function restoreVersion(
  deps: RepoDeps,
  seq: number,
  backupLabel: string,
): Promise<RestoreResult | undefined> {
  const { db } = deps;
  return db.transaction('rw', [db.flows, db.versions], async () => {
    const version = await db.versions.get(seq);
    if (!version) return undefined;
    const current = await db.flows.get(version.flowId);
    if (!current) return undefined;
    const backup = await saveVersion(deps, current.id, backupLabel, current.document, current.draftText);
    const flow: StoredFlow = {
      id: current.id,
      name: version.document.name,
      updatedAt: deps.now(),
      document: version.document,
    };
    await db.flows.put(flow);
    return { flow, backup };
  });
}
