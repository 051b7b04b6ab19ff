import { endNode } from '../../nodes/end/end.node';
import { defineNodeView } from './view-registry';

export const endView = defineNodeView(endNode, { icon: 'flag', accent: '#495057' });
