import { callApiNode } from '../../nodes/call-api/call-api.node';
import { defineNodeView } from './view-registry';

export const callApiView = defineNodeView(callApiNode, { icon: 'exchange', accent: '#1971c2' });
