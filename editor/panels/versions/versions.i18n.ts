import type { Locale, LocalText } from '../../../runtime/index';

const MESSAGES = {
  title: { en: 'Versions', zh: '版本' },
  label: { en: 'Version name', zh: '版本名称' },
  labelPlaceholder: { en: 'e.g. Before Double 11', zh: '例如：双十一前' },
  save: { en: 'Save version', zh: '保存版本' },
  saved: { en: 'Saved', zh: '已保存' },
  restore: { en: 'Restore', zh: '恢复' },
  restored: { en: 'Restored', zh: '已恢复' },
  backupNote: { en: 'What you had before was saved as', zh: '恢复前的内容已保存为' },
  backupLabel: { en: 'Before restoring', zh: '恢复前自动保存' },
  none: { en: 'No versions yet. Save one before a big change.', zh: '还没有版本。大改之前先保存一个吧。' },
  compare: { en: 'Compare', zh: '对比' },
  from: { en: 'From', zh: '从' },
  to: { en: 'To', zh: '到' },
  current: { en: 'Current flow', zh: '当前流程' },
  noChanges: { en: 'No differences.', zh: '没有差异。' },
  name: { en: 'Name', zh: '名称' },
  description: { en: 'Description', zh: '说明' },
  added: { en: 'Added step', zh: '新增步骤' },
  removed: { en: 'Removed step', zh: '删除步骤' },
  moved: { en: 'moved on the canvas', zh: '在画布上移动了位置' },
  linkAdded: { en: 'Added link', zh: '新增连线' },
  linkRemoved: { en: 'Removed link', zh: '删除连线' },
  none_value: { en: '(none)', zh: '（无）' },
} satisfies Record<string, LocalText>;

export type VersionsMessage = keyof typeof MESSAGES;

export function msg(key: VersionsMessage, locale: Locale): string {
  return MESSAGES[key][locale];
}
