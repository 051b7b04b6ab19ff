import { useMemo } from 'react';
import { compileFlow, type Plan } from '../../runtime/index';
import type { Problem, Flow, NodeRegistry } from '../../runtime/index';
import { useEditor } from '../store/EditorProvider';

export interface FlowPlan {
  readonly flow: Flow;
  readonly registry: NodeRegistry;
  /** Null while the flow has errors. */
  readonly plan: Plan | null;
  readonly problems: readonly Problem[];
}

/** The editor's flow, compiled once per change (compiling is cheap; running reuses the plan). */
export function useFlowPlan(): FlowPlan {
  const flow = useEditor((s) => s.flow);
  const registry = useEditor((s) => s.registry);
  return useMemo(() => {
    const compiled = compileFlow(flow, registry);
    return {
      flow,
      registry,
      plan: compiled.ok ? compiled.plan : null,
      problems: compiled.ok ? compiled.warnings : compiled.problems,
    };
  }, [flow, registry]);
}

/** A node's label for people: its name, else its id. */
export function nodeLabel(flow: Flow, nodeId: string): string {
  return flow.nodes.find((n) => n.id === nodeId)?.name ?? nodeId;
}
