import { useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';
import type { Flow, NodeRegistry } from '../../runtime/index';
import { useEditorApi } from '../store/EditorProvider';
import { fitViewport, minimapChosen, type FitInput, type Viewport } from './fit-view';

type FitPurpose = FitInput['purpose'];
import type { Box } from './layout-check';
import type { CardNode } from './to-react-flow';

/**
 * The viewport that fits `flow`, or `null` while React Flow does not show it yet: every card drawn, measured
 * and where the document puts it (a flow just opened or laid out is drawn a frame or two later).
 */
export function fitFor(
  canvas: ReactFlowState<CardNode>,
  flow: Flow,
  registry: NodeRegistry,
  purpose: FitPurpose,
): Viewport | null {
  const { width, height, nodeLookup } = canvas;
  if (width <= 0 || height <= 0 || nodeLookup.size !== flow.nodes.length) return null;
  let bounds: { left: number; top: number; right: number; bottom: number } | undefined;
  let start: Box | undefined;
  for (const node of flow.nodes) {
    const drawn = nodeLookup.get(node.id);
    const w = drawn?.measured.width;
    const h = drawn?.measured.height;
    if (!drawn || !w || !h) return null;
    const at = drawn.internals.positionAbsolute;
    if (at.x !== node.position.x || at.y !== node.position.y) return null;
    bounds = {
      left: Math.min(bounds?.left ?? at.x, at.x),
      top: Math.min(bounds?.top ?? at.y, at.y),
      right: Math.max(bounds?.right ?? at.x + w, at.x + w),
      bottom: Math.max(bounds?.bottom ?? at.y + h, at.y + h),
    };
    if (!start && registry.get(node.type)?.hasInput === false) start = { x: at.x, y: at.y, width: w, height: h };
  }
  if (!bounds) return null;
  return fitViewport({
    bounds: { x: bounds.left, y: bounds.top, width: bounds.right - bounds.left, height: bounds.bottom - bounds.top },
    start,
    canvas: { width, height },
    cardCount: flow.nodes.length,
    minimapShown: minimapChosen(),
    purpose,
  });
}

/**
 * Fits the open flow into view (fit-view.ts says how). Asked before React Flow has drawn and measured the
 * flow — on first start, right after opening or laying out — it waits for that, then fits once.
 */
export function useFitFlow(): (options?: { duration?: number; purpose?: FitPurpose }) => void {
  const canvas = useStoreApi<CardNode>();
  const editor = useEditorApi();
  const { setViewport } = useReactFlow();
  const waiting = useRef<(() => void) | undefined>(undefined);
  useEffect(() => () => waiting.current?.(), []);
  return useCallback(
    ({ duration, purpose = 'open' } = {}) => {
      waiting.current?.();
      waiting.current = undefined;
      const target = () => {
        const { flow, registry } = editor.getState();
        return flow.nodes.length === 0 ? 'nothing' : fitFor(canvas.getState(), flow, registry, purpose);
      };
      const apply = (viewport: Viewport | 'nothing') => {
        if (viewport !== 'nothing') void setViewport(viewport, duration ? { duration } : undefined);
      };
      const now = target();
      if (now) return apply(now);
      let done = false;
      const stop = canvas.subscribe(() => {
        const ready = done ? null : target();
        if (!ready) return;
        done = true; // setViewport below updates this store again: fit once
        stop();
        if (waiting.current === stop) waiting.current = undefined;
        apply(ready);
      });
      waiting.current = stop;
    },
    [canvas, editor, setViewport],
  );
}
