import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { EditorStore } from '../store/editor-store';
import { useFitFlow } from './use-fit-flow';

/** Pans to nodes the problems panel (or anyone) asks for, and fits the view when another flow opens. */
export function useCanvasFocus(api: EditorStore): void {
  const { fitView } = useReactFlow();
  const fit = useFitFlow();
  useEffect(
    () =>
      api.subscribe((state, previous) => {
        if (
          state.focusRequest &&
          state.focusRequest !== previous.focusRequest &&
          state.focusRequest.nodeIds.length > 0
        ) {
          void fitView({
            nodes: state.focusRequest.nodeIds.map((id) => ({ id })),
            duration: 300,
            maxZoom: 1.2,
            padding: 0.5,
          });
        }
        if (state.flow.id !== previous.flow.id) fit({ duration: 200 }); // once React Flow shows the new flow
      }),
    [api, fitView, fit],
  );
}
