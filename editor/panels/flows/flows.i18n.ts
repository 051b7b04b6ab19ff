import { formatDateTime } from '../../i18n/dates';
import { fillPlaceholders, type Params } from '../../i18n/translate';
import type { Locale, LocalText } from '../../../runtime/index';

const MESSAGES = {
  title: { en: 'Flows', zh: '流程' },
  newFlow: { en: 'New flow', zh: '新建流程' },
  untitled: { en: 'Untitled flow', zh: '未命名流程' },
  fromTemplate: { en: 'From template…', zh: '从模板新建…' },
  importFile: { en: 'Import file…', zh: '导入文件…' },
  importFailed: { en: 'The file was not imported. Problems:', zh: '文件未导入。问题如下：' },
  imported: { en: 'Imported', zh: '已导入' },
  rename: { en: 'Rename', zh: '重命名' },
  duplicate: { en: 'Duplicate', zh: '复制' },
  copySuffix: { en: ' (copy)', zh: '（副本）' },
  exportFile: { en: 'Export', zh: '导出' },
  delete: { en: 'Delete', zh: '删除' },
  deleted: { en: 'Deleted', zh: '已删除' },
  undo: { en: 'Undo', zh: '撤销' },
  dismiss: { en: 'Dismiss', zh: '关闭' },
  save: { en: 'Save', zh: '保存' },
  cancel: { en: 'Cancel', zh: '取消' },
  draft: { en: 'unapplied JSON', zh: 'JSON 未应用' },
  empty: { en: 'No flows yet. Create one to start.', zh: '还没有流程，新建一个开始吧。' },
  loading: { en: 'Loading…', zh: '加载中…' },
  updated: { en: 'Updated', zh: '更新于' },
  nameRequired: { en: 'A name needs 1 to 200 characters.', zh: '名称需要 1 到 200 个字符。' },
  line: { en: 'line', zh: '行' },
  search: { en: 'Search flows', zh: '搜索流程' },
  noMatch: { en: 'No flow name contains', zh: '没有流程名称包含' },
  open: { en: 'open', zh: '当前打开' },
  movedToTrash: { en: 'Moved to the trash:', zh: '已移到回收站：' },
  trash: { en: 'Trash ({n})', zh: '回收站（{n}）' },
  trashHelp: {
    en: 'Deleted flows stay here with their versions for {days} days.',
    zh: '删除的流程连同版本在此保留 {days} 天。',
  },
  restore: { en: 'Restore', zh: '恢复' },
  deleteForever: { en: 'Delete for good', zh: '永久删除' },
  deletedAt: { en: 'Deleted', zh: '删除于' },
} satisfies Record<string, LocalText>;

export type FlowsMessage = keyof typeof MESSAGES;

export function msg(key: FlowsMessage, locale: Locale, params?: Params): string {
  return fillPlaceholders(MESSAGES[key][locale], params);
}

export function formatTime(iso: string, locale: Locale): string {
  return formatDateTime(iso, locale);
}
