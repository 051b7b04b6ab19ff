import type { Flow, Problem, Locale, NodeRegistry } from '../../runtime/index';
import { validateFlow, buildFlowJsonSchema } from '../../runtime/index';

/** The text the JSON view shows for a flow: 2-space JSON, the same as an exported file. */
export const formatFlow = (flow: Flow): string => `${JSON.stringify(flow, null, 2)}\n`;

export interface FlowTextCheck {
  /** The validated flow (defaults filled in), or null when the text has any error. */
  readonly flow: Flow | null;
  readonly problems: readonly Problem[];
}

/** Validates JSON text as a flow; problems are worded in `locale` (the UI's language). */
export function checkFlowText(text: string, registry: NodeRegistry, locale: Locale = 'en'): FlowTextCheck {
  const { flow, problems } = validateFlow(text, registry, { locale });
  return { flow, problems };
}

const schemas = new WeakMap<NodeRegistry, object>();

/** The flow JSON Schema for this registry (node configs included), built once per registry. */
export function flowJsonSchema(registry: NodeRegistry): object {
  let schema = schemas.get(registry);
  if (!schema) schemas.set(registry, (schema = buildFlowJsonSchema(registry)));
  return schema;
}
