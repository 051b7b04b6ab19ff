import { MiniMap, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import { MINIMAP_SIZE } from './fit-view';
import type { Box } from './layout-check';
import { minimapCorner, type MinimapCorner } from './minimap-dock';
import type { CardNode } from './to-react-flow';

function* cardBoxes(state: ReactFlowState): Generator<Box> {
  for (const node of state.nodeLookup.values()) {
    const { width, height } = node.measured;
    if (width && height) yield { ...node.internals.positionAbsolute, width, height };
  }
}

const cornerNow = (state: ReactFlowState) =>
  minimapCorner(cardBoxes(state), { width: state.width, height: state.height }, state.transform);
const noCorner = () => null;

/**
 * The corner where the overview map covers no card in the current view, or null when every corner is taken
 * (the map steps aside). Not computed while the map is switched off.
 */
export function useFreeMinimapCorner(shown: boolean): MinimapCorner | null {
  return useStore(shown ? cornerNow : noCorner);
}

/**
 * The overview map, in a corner of the canvas where it covers no card in the current view — recomputed as the
 * view pans, zooms or resizes and as cards move; with no free corner it is not drawn until one frees up. While
 * the pointer is on it (panning or zooming with the map itself) it stays where it is, so it does not jump away.
 */
export function DockedMiniMap({
  nodeColor,
  free,
}: {
  nodeColor: (node: CardNode) => string;
  /** From `useFreeMinimapCorner`: the canvas also says when the map has stepped aside. */
  free: MinimapCorner | null;
}) {
  const [held, setHeld] = useState<MinimapCorner | null>(null);
  const releaseOnUp = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => releaseOnUp.current?.(), []);
  const corner = held ?? free;
  const hold = useCallback(() => corner && setHeld(corner), [corner]);
  const release = useCallback((event: PointerEvent) => {
    if (event.buttons === 0) return setHeld(null);
    // A drag on the map that left it: keep it in place until the button is let go.
    const up = () => {
      window.removeEventListener('pointerup', up);
      releaseOnUp.current = undefined;
      setHeld(null);
    };
    releaseOnUp.current = up;
    window.addEventListener('pointerup', up);
  }, []);
  if (!corner) return null;
  return (
    // React Flow's MiniMap takes no pointer handlers; a box-less wrapper hears them and keeps the panel placed.
    <div className="minimap-dock" style={{ display: 'contents' }} onPointerEnter={hold} onPointerLeave={release}>
      <MiniMap<CardNode> pannable zoomable position={corner} nodeColor={nodeColor} style={MINIMAP_SIZE} />
    </div>
  );
}
