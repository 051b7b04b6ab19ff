import { conditionNode } from '../../nodes/condition/condition.node';
import { defineNodeView } from './view-registry';

export const conditionView = defineNodeView(conditionNode, { icon: 'branch', accent: '#3b6fe0' });
