import { tagNode } from '../../nodes/tag/tag.node';
import { defineNodeView } from './view-registry';

export const tagView = defineNodeView(tagNode, { icon: 'tag', accent: '#5c677d' });
