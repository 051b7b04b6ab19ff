import type { Locale, LocalText } from '../../runtime/index';

const MESSAGES = {
  title: { en: 'Flow as JSON', zh: '流程 JSON' },
  valid: { en: 'Valid — changes apply to the flow.', zh: '有效——修改已应用到流程。' },
  invalid: {
    en: 'Not applied: fix the problems below. Your text is kept.',
    zh: '未应用：请修正下列问题。您输入的内容会保留。',
  },
  changedElsewhere: {
    en: 'The flow was changed elsewhere while this text has errors.',
    zh: '此文本有错误期间，流程已在别处被修改。',
  },
  useCurrent: { en: 'Discard my text and show the current flow', zh: '放弃我的文本，显示当前流程' },
  problems: { en: 'Problems', zh: '问题' },
  warning: { en: 'warning', zh: '警告' },
  error: { en: 'error', zh: '错误' },
} satisfies Record<string, LocalText>;

export function msg(key: keyof typeof MESSAGES, locale: Locale): string {
  return MESSAGES[key][locale];
}

/** "Line 12" / "第 12 行". */
export const lineLabel = (line: number, locale: Locale): string => (locale === 'zh' ? `第 ${line} 行` : `Line ${line}`);
