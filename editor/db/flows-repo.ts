import type { Flow, NodeRegistry } from '../../runtime/index';
import type { DeletedFlowRow, StoredFlow } from './db';
import { freeFlowId, type RepoDeps } from './deps';
import { copyFlow, startingFlow } from './templates';

export interface FlowSummary {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  /** True while invalid JSON text is pending for this flow. */
  readonly hasDraft: boolean;
}

/** The flow format allows 1–200 characters; people type spaces around names by accident. */
function cleanName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > 200) throw new RangeError('a flow name needs 1 to 200 characters');
  return trimmed;
}

/** Newest first. */
export async function listFlows(deps: RepoDeps): Promise<FlowSummary[]> {
  const rows = await deps.db.flows.orderBy('updatedAt').reverse().toArray();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    updatedAt: row.updatedAt,
    hasDraft: row.draftText !== undefined,
  }));
}

export function getFlow(deps: RepoDeps, id: string): Promise<StoredFlow | undefined> {
  return deps.db.flows.get(id);
}

async function insert(deps: RepoDeps, document: Flow): Promise<StoredFlow> {
  const row: StoredFlow = { id: document.id, name: document.name, updatedAt: deps.now(), document };
  await deps.db.flows.add(row);
  return row;
}

/** A blank flow (trigger → end), or a copy of `template` under a new id. */
export async function createFlow(
  deps: RepoDeps,
  options: { name: string; template?: Flow; registry?: NodeRegistry },
): Promise<StoredFlow> {
  const name = cleanName(options.name);
  const id = deps.newId();
  return insert(
    deps,
    options.template ? copyFlow(options.template, id, name) : startingFlow(id, name, options.registry),
  );
}

/** Inserts a document as it is, taking a new id only if its own is taken. */
export async function addFlowDocument(deps: RepoDeps, document: Flow): Promise<StoredFlow> {
  const id = await freeFlowId(deps, document.id);
  return insert(deps, id === document.id ? document : { ...document, id });
}

export async function renameFlow(deps: RepoDeps, id: string, name: string): Promise<StoredFlow | undefined> {
  const clean = cleanName(name);
  return deps.db.transaction('rw', deps.db.flows, async () => {
    const row = await deps.db.flows.get(id);
    if (!row) return undefined;
    const next: StoredFlow = { ...row, name: clean, updatedAt: deps.now(), document: { ...row.document, name: clean } };
    await deps.db.flows.put(next);
    return next;
  });
}

/** A copy with a new id; a pending draft text is copied too, since it is part of what the user sees. */
export async function duplicateFlow(deps: RepoDeps, id: string, name: string): Promise<StoredFlow | undefined> {
  const row = await deps.db.flows.get(id);
  if (!row) return undefined;
  const copy = await insert(deps, copyFlow(row.document, deps.newId(), cleanName(name)));
  if (row.draftText === undefined) return copy;
  const withDraft: StoredFlow = { ...copy, draftText: row.draftText };
  await deps.db.flows.put(withDraft);
  return withDraft;
}

/** Moves the flow and its history to `deletedFlows`, from where `undoDelete` can bring both back. */
export async function deleteFlow(deps: RepoDeps, id: string): Promise<DeletedFlowRow | undefined> {
  const { db } = deps;
  return db.transaction('rw', [db.flows, db.versions, db.deletedFlows], async () => {
    const flow = await db.flows.get(id);
    if (!flow) return undefined;
    const versions = await db.versions.where('flowId').equals(id).toArray();
    const deleted: DeletedFlowRow = { id, deletedAt: deps.now(), flow, versions };
    await db.deletedFlows.put(deleted);
    await db.versions.where('flowId').equals(id).delete();
    await db.flows.delete(id);
    return deleted;
  });
}

export async function undoDelete(deps: RepoDeps, id: string): Promise<StoredFlow | undefined> {
  const { db } = deps;
  return db.transaction('rw', [db.flows, db.versions, db.deletedFlows], async () => {
    const deleted = await db.deletedFlows.get(id);
    if (!deleted) return undefined;
    // The id may have been taken meanwhile (e.g. the same file imported again): then restore beside it.
    const freeId = await freeFlowId(deps, id);
    const flow: StoredFlow =
      freeId === id
        ? deleted.flow
        : { ...deleted.flow, id: freeId, document: { ...deleted.flow.document, id: freeId } };
    await db.flows.add(flow);
    // Keep seq numbers: they are the versions' identity and order.
    await db.versions.bulkPut(
      deleted.versions.map((v) =>
        freeId === id ? v : { ...v, flowId: freeId, document: { ...v.document, id: freeId } },
      ),
    );
    await db.deletedFlows.delete(id);
    return flow;
  });
}

/** A flow in the trash, for the list: newest deletion first. */
export interface DeletedSummary {
  readonly id: string;
  readonly name: string;
  readonly deletedAt: string;
  readonly versions: number;
}

export async function listDeleted(deps: RepoDeps): Promise<DeletedSummary[]> {
  const rows = await deps.db.deletedFlows.orderBy('deletedAt').reverse().toArray();
  return rows.map((row) => ({
    id: row.id,
    name: row.flow.name,
    deletedAt: row.deletedAt,
    versions: row.versions.length,
  }));
}

/** Empties one flow (and its versions) from the trash for good. */
export function deleteForever(deps: RepoDeps, id: string): Promise<void> {
  return deps.db.deletedFlows.delete(id);
}

/** Forgets deleted flows older than `before` (ISO time); the undo window is over for them. */
export function purgeDeleted(deps: RepoDeps, before: string): Promise<number> {
  return deps.db.deletedFlows.where('deletedAt').below(before).delete();
}

/**
 * Autosave. `document` is the last valid flow; `draftText` is broken text the user is typing (omit
 * it once the text is valid again). Creates the row for a flow not saved before. The caller debounces.
 * A flow sitting in the trash is not written (→ undefined): a save still pending when it was deleted
 * must not bring it back.
 */
export async function saveDraft(
  deps: RepoDeps,
  id: string,
  document: Flow,
  draftText?: string,
): Promise<StoredFlow | undefined> {
  const { db } = deps;
  return db.transaction('rw', [db.flows, db.deletedFlows], async () => {
    if (await db.deletedFlows.get(id)) return undefined;
    const row: StoredFlow = {
      id,
      name: document.name,
      updatedAt: deps.now(),
      document: { ...document, id },
      ...(draftText !== undefined ? { draftText } : {}),
    };
    await db.flows.put(row);
    return row;
  });
}
