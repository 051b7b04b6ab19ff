import { setFieldNode } from '../../nodes/set-field/set-field.node';
import { defineNodeView } from './view-registry';

export const setFieldView = defineNodeView(setFieldNode, { icon: 'pencil', accent: '#5c677d' });
