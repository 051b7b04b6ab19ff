import type { OnMoveStart } from '@xyflow/react';
import { useCallback, useEffect, useRef } from 'react';

/**
 * Fits the flow again when the canvas changes size (panels laid out, resized or collapsed, the window
 * resized) — until the person pans, zooms or works on the canvas (a click, a key, a dropped step); from then
 * on the view is theirs. Otherwise the settings panel opening on a selection would refit the view and move the
 * cards out from under the pointer.
 */
export function useRefitUntilMoved(fit: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      if (moved.current) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => fit());
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fit]);
  // Only a person's gesture has an event; fit-view and focus requests move the view without one.
  const onMoveStart: OnMoveStart = useCallback((event) => {
    if (event) moved.current = true;
  }, []);
  const holdView = useCallback(() => {
    moved.current = true;
  }, []);
  return { ref, onMoveStart, holdView };
}
