import type { Flow } from '../../runtime/index';
import { storeLocale } from '../i18n/locale-storage';
import { translate } from '../i18n/translate';
import { pruneSelection, type Kernel } from './kernel';
import type { EditorActions, SaveHandler, Validate } from './types';

type SessionActions = Omit<
  EditorActions,
  | 'addNode'
  | 'updateConfig'
  | 'rename'
  | 'renameFlow'
  | 'moveNodes'
  | 'beginMove'
  | 'endMove'
  | 'checkConnection'
  | 'connect'
  | 'deleteSelection'
  | 'deleteItems'
  | 'copy'
  | 'paste'
  | 'duplicate'
  | 'layout'
  | 'adoptLayout'
  | 'validateNow'
>;

const EMPTY_SELECTION = { nodeIds: [], edgeIds: [] } as const;

/** Whole-document operations, history, selection and the editor's session state. */
export function createSessionActions(kernel: Kernel, validate: Validate, persistLocale: boolean): SessionActions {
  const { get, set, commit } = kernel;
  const saveHandlers = new Set<SaveHandler>();
  let noticeId = 0;

  const travel = (from: 'past' | 'future') => {
    if (kernel.gestureStart) return;
    const state = get();
    const stack = state[from];
    const target = from === 'past' ? stack.at(-1) : stack[0];
    if (!target) return;
    kernel.lastCoalesce = null;
    set({
      flow: target,
      past: from === 'past' ? state.past.slice(0, -1) : [...state.past, state.flow],
      future: from === 'past' ? [state.flow, ...state.future] : state.future.slice(1),
      dirty: target !== state.savedFlow,
      selection: pruneSelection(state.selection, target),
    });
    kernel.scheduleValidation();
  };

  const actions: SessionActions = {
    replaceFlow(flow) {
      commit(flow, { selection: EMPTY_SELECTION });
    },
    loadFlow(flow: Flow, jsonDraft = null) {
      kernel.lastCoalesce = null;
      kernel.gestureStart = null;
      set({
        flow,
        past: [],
        future: [],
        savedFlow: flow,
        dirty: false,
        selection: EMPTY_SELECTION,
        overlay: null,
        edgeRoutes: {},
        jsonDraft,
      });
      kernel.scheduleValidation();
    },
    importText(text) {
      const result = validate(text, get().registry, { locale: get().locale });
      const hasError = result.problems.some((p) => p.severity === 'error');
      if (hasError || !result.flow) return { ok: false, problems: result.problems };
      actions.replaceFlow(result.flow);
      return { ok: true, problems: result.problems };
    },
    undo: () => travel('past'),
    redo: () => travel('future'),
    select(selection) {
      set({ selection: { ...get().selection, ...selection } });
    },
    focus({ nodeId, edgeId }) {
      const edge = edgeId ? get().flow.edges.find((e) => e.id === edgeId) : undefined;
      const nodeIds = edge ? [edge.source, edge.target] : nodeId ? [nodeId] : [];
      set({
        selection: { nodeIds: edge ? [] : nodeIds, edgeIds: edge ? [edge.id] : [] },
        focusRequest: { nodeIds, seq: (get().focusRequest?.seq ?? 0) + 1 },
      });
    },
    setLocale(locale) {
      if (persistLocale) storeLocale(locale);
      if (locale === get().locale) return;
      set({ locale });
      // Problem messages are worded in the UI's language.
      kernel.scheduleValidation();
    },
    requestSave() {
      const flow = get().flow;
      set({ saveRequests: get().saveRequests + 1 });
      if (saveHandlers.size === 0) {
        actions.notify(translate(get().locale, 'save.notConnected'));
        return;
      }
      // When every handler finished without throwing, that version of the document is saved.
      Promise.all([...saveHandlers].map((handler) => handler(flow))).then(
        () => actions.markSaved(flow),
        (error: unknown) => actions.notify(error instanceof Error ? error.message : String(error), 'error'),
      );
    },
    onSave(handler) {
      saveHandlers.add(handler);
      return () => saveHandlers.delete(handler);
    },
    markSaved(flow = get().flow) {
      set({ savedFlow: flow, dirty: get().flow !== flow });
    },
    setNodeSizes(sizes) {
      const current = get().nodeSizes;
      const changed = Object.entries(sizes).some(
        ([id, s]) => current[id]?.width !== s.width || current[id]?.height !== s.height,
      );
      if (changed) set({ nodeSizes: { ...current, ...sizes } });
    },
    setOverlay: (overlay) => set({ overlay }),
    setJsonDraft: (jsonDraft) => set({ jsonDraft }),
    notify(text, kind = 'info') {
      set({ notice: { id: ++noticeId, kind, text } });
    },
    dismissNotice: () => set({ notice: null }),
    toggleJsonView: (open) => set({ jsonViewOpen: open ?? !get().jsonViewOpen }),
  };
  return actions;
}
