import { FLOW_FORMAT, FLOW_FORMAT_VERSION, type Flow } from '../../runtime/index';
import type { NodeRegistry } from '../../runtime/index';
import { defaultConfig } from './flow-edits';

/** A new flow holds just its start: the trigger (the registry's node without an input). */
export function triggerOnlyFlow(
  registry: NodeRegistry,
  name = 'New flow',
  id = `flow-${Date.now().toString(36)}`,
): Flow {
  const trigger = registry.list().find((d) => !d.hasInput);
  return {
    format: FLOW_FORMAT,
    formatVersion: FLOW_FORMAT_VERSION,
    id,
    name,
    description: '',
    nodes: trigger
      ? [
          {
            id: `${trigger.type}-1`,
            type: trigger.type,
            typeVersion: trigger.version,
            config: defaultConfig(trigger),
            position: { x: 0, y: 0 },
          },
        ]
      : [],
    edges: [],
  };
}
