import { openRepository, type Repository } from '../db/index';
import type { EditorStore } from '../store/editor-store';

const AUTOSAVE_MS = 800;
let shared: Repository | null = null;

/** One IndexedDB repository for the page. */
export function appRepository(): Repository {
  return (shared ??= openRepository());
}

/**
 * Connects the editor store to the colleague's IndexedDB repository (editor/db):
 *  - on start, reopens the flow edited last (unless the person already started editing);
 *  - Ctrl+S saves at once; any change is also saved 0.8 s after editing pauses, so nothing is lost;
 *  - switching flows flushes the pending save of the one being left.
 * The store marks a flow saved (dirty = false) once the write succeeded. Returns a disconnect function.
 */
export function connectPersistence(store: EditorStore, repo: Repository = appRepository()): () => void {
  const save = async () => {
    const { flow, jsonDraft } = store.getState();
    await repo.saveDraft(flow.id, flow, jsonDraft ?? undefined);
    return flow;
  };
  const offSave = store.getState().onSave(async () => void (await save()));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: (() => void) | null = null;
  const flush = () => {
    clearTimeout(timer);
    pending?.();
    pending = null;
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.flow.id !== previous.flow.id) flush();
    if (state.flow === previous.flow && state.jsonDraft === previous.jsonDraft) return;
    if (!state.dirty && state.jsonDraft === previous.jsonDraft) {
      // Undone back to what is stored (or a flow just opened): a pending save would now write a stale flow.
      clearTimeout(timer);
      pending = null;
      return;
    }
    clearTimeout(timer);
    const flow = state.flow;
    const draft = state.jsonDraft;
    pending = () => {
      repo.saveDraft(flow.id, flow, draft ?? undefined).then(
        () => store.getState().markSaved(flow),
        (error: unknown) => store.getState().notify(error instanceof Error ? error.message : String(error), 'error'),
      );
    };
    timer = setTimeout(flush, AUTOSAVE_MS);
  });

  void (async () => {
    const [latest] = await repo.listFlows();
    const state = store.getState();
    if (!latest || state.dirty || state.past.length > 0) return;
    const row = await repo.getFlow(latest.id);
    if (row && !store.getState().dirty) store.getState().loadFlow(row.document, row.draftText ?? null);
  })().catch(() => undefined);

  return () => {
    flush();
    offSave();
    unsubscribe();
  };
}
