import { notifyNode } from '../../nodes/notify/notify.node';
import { defineNodeView } from './view-registry';

export const notifyView = defineNodeView(notifyNode, { icon: 'bell', accent: '#f08c00' });
