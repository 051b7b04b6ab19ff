import { qcCheckNode } from '../../nodes/qc-check/qc-check.node';
import { defineNodeView } from './view-registry';

export const qcCheckView = defineNodeView(qcCheckNode, { icon: 'clipboard', accent: '#7048e8' });
