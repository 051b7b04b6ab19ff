import type { Flow } from '../../runtime/index';
import type { EditorStore } from '../store/editor-store';

/** Ctrl+A on the canvas: every card (links follow their cards when deleted or copied). */
export function selectAllCards(api: EditorStore): void {
  const { flow, select } = api.getState();
  select({ nodeIds: flow.nodes.map((n) => n.id), edgeIds: [] });
}

/**
 * Where focus goes after deleting: the step that led into the first deleted one, else the step it
 * led to, else any step left. Null when the canvas is empty afterwards.
 */
export function stepAfterDelete(flow: Flow, deleted: ReadonlySet<string>): string | null {
  const first = flow.nodes.find((n) => deleted.has(n.id));
  if (first) {
    const before = flow.edges.find((e) => e.target === first.id && !deleted.has(e.source));
    if (before) return before.source;
    const after = flow.edges.find((e) => e.source === first.id && !deleted.has(e.target));
    if (after) return after.target;
  }
  return flow.nodes.find((n) => !deleted.has(n.id))?.id ?? null;
}

/** Delete, then select the neighbouring step and put keyboard focus on its card, so work goes on from there. */
export function deleteAndRefocus(api: EditorStore, focusCard: (nodeId: string) => void): void {
  const { flow, selection } = api.getState();
  const next = stepAfterDelete(flow, new Set(selection.nodeIds));
  api.getState().deleteSelection();
  if (selection.nodeIds.length === 0 || next === null) return;
  api.getState().select({ nodeIds: [next], edgeIds: [] });
  focusCard(next);
}

/** React Flow's wrapper of a card is the element that takes keyboard focus. */
export function focusCardElement(nodeId: string): void {
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${cssEscape(nodeId)}"]`)?.focus(),
  );
}

/** CSS.escape where the page has it (every browser); jsdom, which runs the component tests, does not. */
function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && typeof CSS.escape === 'function'
    ? CSS.escape(value)
    : value.replace(/["\\]/g, '\\$&');
}
