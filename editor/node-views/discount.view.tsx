import { discountNode } from '../../nodes/discount/discount.node';
import { PercentOffField } from './PercentOffField';
import { defineNodeView } from './view-registry';

export const discountView = defineNodeView(discountNode, {
  icon: 'percent',
  accent: '#e8590c',
  // 折 in 中文, percent off in English.
  fields: { percent: PercentOffField },
});
