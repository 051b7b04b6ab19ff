/**
 * A run's path on its own canvas, lit exactly as the simulation lights a single run: the same
 * overlay (hits, travelled edges, current node) and the same trace stepper, in a store of its own
 * so the flow open in the editor is never touched.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useMemo, useState } from 'react';
import type { TraceStep, Flow } from '../../runtime/index';
import { edgesOfTrace } from '../../runtime/index';
import { Canvas } from '../canvas/Canvas';
import { useSimT } from '../simulation/i18n';
import { countPath, useSimulationOverlay } from '../simulation/overlay';
import { TraceStepper } from '../simulation/single/TraceStepper';
import { EditorProvider, useEditor } from '../store/EditorProvider';
import { createEditorStore } from '../store/editor-store';

function Stepper({ flow, trace }: { flow: Flow; trace: readonly TraceStep[] }) {
  const t = useSimT();
  const [step, setStep] = useState(trace.length - 1);
  const show = useSimulationOverlay((writer) => writer.show);
  useEffect(() => {
    const path = trace.map((s) => s.nodeId);
    show({ ...countPath(path, edgesOfTrace(flow.edges, trace)), path, currentNodeId: trace[step]?.nodeId });
  }, [flow, trace, step, show]);
  if (trace.length === 0) return null;
  return <TraceStepper trace={trace} flow={flow} index={Math.min(step, trace.length - 1)} onIndex={setStep} t={t} />;
}

export function RunCanvas({ flow, trace }: { flow: Flow; trace: readonly TraceStep[] }) {
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  const store = useMemo(
    () => createEditorStore({ registry, flow, locale, persistLocale: false }),
    [registry, flow, locale],
  );
  return (
    <EditorProvider store={store}>
      <ReactFlowProvider>
        <div className="live-run">
          <div className="live-run-canvas">
            <Canvas />
          </div>
          <div className="live-run-trace">
            <Stepper flow={flow} trace={trace} />
          </div>
        </div>
      </ReactFlowProvider>
    </EditorProvider>
  );
}
