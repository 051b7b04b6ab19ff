import type { AriaLabelConfig } from '@xyflow/react';
import type { Locale } from '../../runtime/index';

/** React Flow's screen-reader and control texts, in both languages (its defaults are English only). */
export const ARIA_LABELS: Readonly<Record<Locale, AriaLabelConfig>> = {
  en: {
    'node.a11yDescription.default':
      'Press Enter or Space to select a step, Delete to remove it, Escape to cancel. Press C to connect an output to another step.',
    'node.a11yDescription.keyboardDisabled':
      'Press Enter or Space to select a step, then the arrow keys to move it. Delete removes it, Escape cancels.',
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      `Moved the step ${direction}. New position: x ${x}, y ${y}`,
    'edge.a11yDescription.default':
      'Press Enter or Space to select a link, then Delete to remove it or Escape to cancel.',
    'controls.ariaLabel': 'View controls',
    'controls.zoomIn.ariaLabel': 'Zoom in',
    'controls.zoomOut.ariaLabel': 'Zoom out',
    'controls.fitView.ariaLabel': 'Fit View',
    'controls.interactive.ariaLabel': 'Lock or unlock the canvas',
    'minimap.ariaLabel': 'Overview map',
    'handle.ariaLabel': 'Connection point',
  },
  zh: {
    'node.a11yDescription.default':
      '按回车或空格选中节点，按 Delete 删除，按 Esc 取消。按 C 把一个出口连接到另一个节点。',
    'node.a11yDescription.keyboardDisabled': '按回车或空格选中节点，再用方向键移动。按 Delete 删除，按 Esc 取消。',
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      `节点已向${({ up: '上', down: '下', left: '左', right: '右' } as Record<string, string>)[direction] ?? direction}移动，新位置：x ${x}，y ${y}`,
    'edge.a11yDescription.default': '按回车或空格选中连线，再按 Delete 删除，按 Esc 取消。',
    'controls.ariaLabel': '视图控制',
    'controls.zoomIn.ariaLabel': '放大',
    'controls.zoomOut.ariaLabel': '缩小',
    'controls.fitView.ariaLabel': '适应画布',
    'controls.interactive.ariaLabel': '锁定或解锁画布',
    'minimap.ariaLabel': '缩略图',
    'handle.ariaLabel': '连接点',
  },
};
