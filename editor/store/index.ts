/**
 * Editor store — public API for every editor component (canvas, inspector, JSON view, versions, db).
 *
 * Create / provide:
 *   createEditorStore({ registry, flow, locale?, validate?, debounceAbove?, persistLocale? }) → EditorStore (zustand StoreApi)
 *   <EditorProvider store={store}> … </EditorProvider>   (or `options={…}` to create one)
 * Read (inside the provider):
 *   useEditor(s => s.flow)                 re-renders when the slice changes
 *   useEditorShallow(s => s.selection)     for selectors returning new objects/arrays
 *   useEditorApi().getState() / .subscribe(listener) for handlers and effects
 * State (EditorData in ./types): flow (the document, source of truth) · selection {nodeIds, edgeIds} ·
 *   locale · past/future (undo snapshots, ≤200) · savedFlow/dirty · problems (ProblemIndex: all
 *   errors-first, byNode, byEdge, errors, warnings) · saveRequests (counter bumped by Ctrl+S) ·
 *   nodeSizes · overlay (simulation hits/highlight) · notice · jsonViewOpen · focusRequest · clipboard ·
 *   jsonDraft (invalid JSON text pending in the JSON view).
 * Actions (EditorActions in ./types):
 *   addNode(type, {x,y}, {avoidOverlap?}) → id · updateConfig(id, config) · rename(id, name) · renameFlow(name) ·
 *   moveNodes({id:{x,y}}) with beginMove()/endMove() around drags · connect({source, sourcePort, target})
 *   → {ok, edgeId} | {ok:false, code, reason} · checkConnection(req) · deleteSelection() ·
 *   deleteItems(nodeIds, edgeIds) · copy() · paste() · duplicate() · layout() (async, ELK) ·
 *   replaceFlow(flow) (undoable: import, JSON view, version restore) · loadFlow(flow, jsonDraft?) (new
 *   document, clears history, marks saved) · setJsonDraft(text|null) · importText(text) → {ok, problems} · undo() · redo() · select({…}) ·
 *   focus({nodeId}|{edgeId}) · setLocale(l) (validates again: problems are worded in the UI's language) · validateNow() ·
 *   setOverlay(o|null) · notify(text, kind) ·
 *   toggleJsonView(open?).
 * Saving (for the persistence layer):
 *   const off = store.getState().onSave(async (flow) => { await db.save(flow) });
 *   Ctrl+S / requestSave() calls every handler; when all resolve, that flow is marked saved (dirty=false).
 *   Call markSaved(flow) yourself if you save by other means (autosave).
 */
export { createEditorStore, type EditorStore, type EditorStoreOptions } from './editor-store';
export { EditorProvider, useEditor, useEditorApi, useEditorShallow } from './EditorProvider';
export type {
  EditorState,
  EditorData,
  EditorActions,
  Selection,
  Overlay,
  Notice,
  ConnectResult,
  SaveHandler,
  Validate,
} from './types';
export type { ProblemIndex } from './problem-index';
export type { Fragment, XY } from './flow-edits';
export { triggerOnlyFlow } from './empty-flow';
