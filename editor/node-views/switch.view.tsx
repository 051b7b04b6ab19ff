import { switchNode } from '../../nodes/switch/switch.node';
import { defineNodeView } from './view-registry';

export const switchView = defineNodeView(switchNode, { icon: 'switch', accent: '#3b6fe0' });
