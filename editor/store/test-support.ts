import { FLOW_FORMAT, FLOW_FORMAT_VERSION, type Flow } from '../../runtime/index';
import { coreRegistry } from '../../nodes/index';
import { createEditorStore } from './editor-store';

/**
 * Test fixture: "Order received" → "VIP?" (condition) with true → tag and false → end, tag → end.
 * A small but real flow, valid with the core registry.
 */
export function sampleFlow(): Flow {
  return {
    format: FLOW_FORMAT,
    formatVersion: FLOW_FORMAT_VERSION,
    id: 'sample',
    name: 'VIP tagging',
    description: '',
    nodes: [
      {
        id: 'trigger-1',
        type: 'trigger',
        typeVersion: 1,
        config: { channels: [], statuses: [] },
        position: { x: 0, y: 0 },
      },
      {
        id: 'condition-1',
        type: 'condition',
        typeVersion: 1,
        name: 'VIP?',
        config: { expression: { '==': [{ var: 'customer.tier' }, 'vip'] } },
        position: { x: 320, y: 0 },
      },
      {
        id: 'tag-1',
        type: 'tag',
        typeVersion: 1,
        config: { tags: ['vip'], target: 'order' },
        position: { x: 640, y: -96 },
      },
      {
        id: 'end-1',
        type: 'end',
        typeVersion: 1,
        config: { decision: 'accept', reason: '' },
        position: { x: 960, y: 0 },
      },
    ],
    edges: [
      { id: 'e-1', source: 'trigger-1', sourcePort: 'start', target: 'condition-1' },
      { id: 'e-2', source: 'condition-1', sourcePort: 'true', target: 'tag-1' },
      { id: 'e-3', source: 'condition-1', sourcePort: 'false', target: 'end-1' },
      { id: 'e-4', source: 'tag-1', sourcePort: 'next', target: 'end-1' },
    ],
  };
}

export function sampleStore(flow: Flow = sampleFlow(), locale: 'en' | 'zh' = 'en') {
  return createEditorStore({ registry: coreRegistry, flow, locale, persistLocale: false });
}
