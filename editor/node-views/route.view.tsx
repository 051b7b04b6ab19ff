import { routeNode } from '../../nodes/route/route.node';
import { defineNodeView } from './view-registry';

export const routeView = defineNodeView(routeNode, { icon: 'truck', accent: '#0c8599' });
