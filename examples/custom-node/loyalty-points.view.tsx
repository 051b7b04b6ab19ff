// [9]
import { defineNodeView } from '../../editor/node-views/view-registry';
import { loyaltyPointsNode } from './loyalty-points.node';

export const loyaltyPointsView = defineNodeView(loyaltyPointsNode, { icon: 'gift', accent: '#c2255c' });
