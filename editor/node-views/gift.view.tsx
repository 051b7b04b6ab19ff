import { giftNode } from '../../nodes/gift/gift.node';
import { defineNodeView } from './view-registry';

export const giftView = defineNodeView(giftNode, { icon: 'gift', accent: '#d6336c' });
