import { approvalNode } from '../../nodes/approval/approval.node';
import { defineNodeView } from './view-registry';

export const approvalView = defineNodeView(approvalNode, { icon: 'check', accent: '#9c36b5' });
