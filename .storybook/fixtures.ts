import { FLOW_FORMAT, FLOW_FORMAT_VERSION, type Flow, type FlowNode } from '../runtime/index';
import type { AnyNodeDefinition } from '../runtime/index';
import { appRegistry } from '../editor/app-registry';
import { formFields, type FormFieldKind } from '../editor/inspector/form-model';
import { defaultConfig } from '../editor/store/flow-edits';

/** The example flows (and the custom-node example), bundled: stories never fetch anything. */
const EXAMPLES = import.meta.glob<Flow>(['../examples/flows/*.flow.json', '../examples/custom-node/*.flow.json'], {
  eager: true,
  import: 'default',
});
const examples = Object.keys(EXAMPLES)
  .sort()
  .map((path) => EXAMPLES[path]!);

export function exampleFlow(id: string): Flow {
  const flow = examples.find((f) => f.id === id);
  if (!flow) throw new Error(`no example flow "${id}"`);
  return structuredClone(flow);
}

export const registry = appRegistry;
export const NODE_TYPES: readonly string[] = registry.list().map((d) => d.type);

export function definitionOf(type: string): AnyNodeDefinition {
  const definition = registry.get(type);
  if (!definition) throw new Error(`unknown node type "${type}"`);
  return definition;
}

/** A realistic node of this type: the first one in the examples (name and settings), else the defaults. */
export function exampleNode(type: string, id = type.replace(/\//g, '.')): FlowNode {
  const found = examples.flatMap((f) => f.nodes).find((n) => n.type === type);
  const definition = definitionOf(type);
  return found
    ? { ...structuredClone(found), id, position: { x: 0, y: 0 } }
    : { id, type, typeVersion: definition.version, config: defaultConfig(definition), position: { x: 0, y: 0 } };
}

/** A value of the wrong kind for each simple field kind: the settings fail the node's own schema. */
const WRONG: Partial<Record<FormFieldKind, unknown>> = {
  number: 'many',
  money: 'a lot',
  text: 42,
  longtext: 42,
  enum: 'no-such-option',
  boolean: 'yes',
  tags: 'not-a-list',
  list: 'not-a-list',
  logic: { 'no-such-operator': [] },
};

/** The settings with one field broken, as a file edited by hand might have them. */
export function brokenConfig(type: string, config: Record<string, unknown>): Record<string, unknown> {
  const field = formFields(definitionOf(type)).find((f) => Object.hasOwn(WRONG, f.kind));
  return field ? { ...config, [field.key]: WRONG[field.kind] } : config;
}

export function flowOf(nodes: readonly FlowNode[], edges: Flow['edges'] = [], name = 'Story'): Flow {
  return {
    format: FLOW_FORMAT,
    formatVersion: FLOW_FORMAT_VERSION,
    id: 'story',
    name,
    description: '',
    nodes: [...nodes],
    edges: [...edges],
  };
}
