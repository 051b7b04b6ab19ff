import { useEffect } from 'react';
import type { EditorStore } from '../store/editor-store';
import { computeLayoutWithRoutes } from './auto-layout';
import { cardsOverlap, needsLayout } from './layout-check';
import { useFitFlow } from './use-fit-flow';

const ROUTE_ON_OPEN_MAX = 150;
const samePlace = (a: { x: number; y: number }, b: { x: number; y: number } | undefined) =>
  b !== undefined && a.x === b.x && a.y === b.y;

/**
 * A flow opened with cards on top of each other, or links running behind cards (an example whose titles now
 * wrap, a file from another tool), is shown laid out once its cards are measured, then fitted into view. Opening
 * changes nothing stored and adds no undo step: the positions are saved with the next edit. A flow stored as a
 * layout left it gets its routed links back without moving; one arranged by hand without such problems is left
 * as it is. A flow of more than 150 cards is laid out only when its cards overlap.
 */
export function useLayoutOnOpen(api: EditorStore): void {
  const fit = useFitFlow();
  useEffect(() => {
    let opened = api.getState().savedFlow;
    let checked = false;
    const check = () => {
      const state = api.getState();
      if (state.savedFlow !== opened) {
        opened = state.savedFlow;
        checked = false;
      }
      if (checked || state.past.length > 0 || state.flow !== state.savedFlow) return;
      if (!state.flow.nodes.every((n) => Object.hasOwn(state.nodeSizes, n.id))) return;
      checked = true;
      // Big flows skip ELK (seconds at hundreds of cards, on the main thread) unless cards lie on top of each
      // other: a big flow arranged by hand often has links crossing cards, and relaying it out on every open
      // both moved the person's arrangement and kept the page busy for seconds.
      if (state.flow.nodes.length > ROUTE_ON_OPEN_MAX && !cardsOverlap(state.flow, state.nodeSizes)) return;
      void computeLayoutWithRoutes(state.flow, state.registry, state.nodeSizes).then(
        ({ positions, routes }) => {
          const now = api.getState();
          if (now.flow !== state.flow) return; // edited meanwhile: leave it to the person
          // Stored as the layout puts it (laid out before): only the routes are needed, nothing moves.
          if (state.flow.nodes.every((n) => samePlace(n.position, positions[n.id])))
            api.setState({ edgeRoutes: routes });
          else if (needsLayout(state.flow, state.nodeSizes)) {
            now.adoptLayout({ positions, routes });
            fit(); // once React Flow shows the new positions
          }
        },
        () => undefined,
      );
    };
    check();
    return api.subscribe(check);
  }, [api, fit]);
}
