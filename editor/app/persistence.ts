import { openRepository, seedFromExamples, type Repository } from '../db/index';
import type { EditorStore } from '../store/editor-store';

const AUTOSAVE_MS = 800;
let shared: Repository | null = null;
/** Start-up runs once per store: React's StrictMode connects twice, and a second run would see the
 * examples as already seeded and switch away from the flow on screen. */
const started = new WeakMap<EditorStore, Promise<void>>();

/** One IndexedDB repository for the page. */
export function appRepository(): Repository {
  return (shared ??= openRepository());
}

/** First start stores the examples; a later start reopens the flow edited last (unless editing began). */
async function start(store: EditorStore, repo: Repository): Promise<void> {
  // Only replace the document the editor opened with, untouched: while these reads run, people may
  // already have edited it or opened another flow (a new one, from the list), which must stay.
  // Laying the shown flow out as it opens (use-layout-on-open) moves its cards but is no edit: it still counts
  // as untouched, else a returning person would sometimes land on the first example instead of their flow.
  const shown = store.getState().flow.id;
  const untouched = () => {
    const state = store.getState();
    return state.flow.id === shown && state.flow === state.savedFlow && state.past.length === 0 && !state.dirty;
  };
  const { added } = await seedFromExamples(repo, store.getState().registry);
  if (added > 0) return; // first start: the editor already shows the first example, now stored too
  const [latest] = await repo.listFlows();
  if (!latest || latest.id === shown || !untouched()) return;
  const row = await repo.getFlow(latest.id);
  if (row && untouched()) store.getState().loadFlow(row.document, row.draftText ?? null);
}

/**
 * Connects the editor store to the colleague's IndexedDB repository (editor/db):
 *  - seeds the examples on first start, else reopens the flow edited last;
 *  - Ctrl+S saves at once; any change is also saved 0.8 s after editing pauses, so nothing is lost;
 *  - switching flows flushes the pending save of the one being left;
 *  - hiding or leaving the page (tab switch, reload, close) flushes at once, so an edit typed just
 *    before is not lost, and the browser asks before closing while a write is still pending.
 * Writes wait for the start-up step, so an early edit cannot make seeding think this is an old install.
 * The store marks a flow saved (dirty = false) once its write succeeded. Returns a disconnect function.
 */
export function connectPersistence(store: EditorStore, repo: Repository = appRepository()): () => void {
  const ready = started.get(store) ?? start(store, repo).catch(() => undefined);
  started.set(store, ready);
  const write = (flow = store.getState().flow, draft = store.getState().jsonDraft) =>
    ready.then(() => repo.saveDraft(flow.id, flow, draft ?? undefined)).then(() => flow);
  const offSave = store.getState().onSave(async () => void (await write()));
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
    clearTimeout(timer);
    if (!state.dirty && state.jsonDraft === previous.jsonDraft) {
      pending = null; // undone back to what is stored, or a flow just opened: nothing to write
      return;
    }
    const { flow, jsonDraft } = state;
    pending = () => {
      write(flow, jsonDraft).then(
        () => store.getState().markSaved(flow),
        (error: unknown) => store.getState().notify(error instanceof Error ? error.message : String(error), 'error'),
      );
    };
    timer = setTimeout(flush, AUTOSAVE_MS);
  });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  // The browser shows its own "leave site?" text; a custom message is ignored by every browser today.
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!pending && !store.getState().dirty) return;
    flush();
    event.preventDefault();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    flush();
    offSave();
    unsubscribe();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('beforeunload', onBeforeUnload);
  };
}
