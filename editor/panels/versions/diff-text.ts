import type { Flow, FlowEdge, FlowNode, Locale, NodeRegistry } from '../../../runtime/index';
import { tableRowLines } from '../../decision-table/row-diff-lines';
import type { FieldChange, FlowDiff } from '../../db/diff-flows';
import { msg } from './versions.i18n';

const MAX_VALUE = 80;

/** Numbers and booleans bare, strings and objects as JSON, long values cut: "10", "\"vip\"", "{…}". */
export function formatValue(value: unknown, locale: Locale): string {
  if (value === undefined) return msg('none_value', locale);
  const text = typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** "percent", "rules[0]"; the leading "config" is what every setting has in common, so it is dropped. */
export function formatField(path: FieldChange['path']): string {
  const parts = path[0] === 'config' && path.length > 1 ? path.slice(1) : path;
  return parts.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

function nodeLabel(node: Pick<FlowNode, 'id' | 'type' | 'name'>, locale: Locale, registry?: NodeRegistry): string {
  const type = registry?.get(node.type)?.title[locale] ?? node.type;
  return `${node.id}${node.name ? ` “${node.name}”` : ''} (${type})`;
}

const edgeLabel = (edge: FlowEdge) => `${edge.source} → ${edge.target} (${edge.sourcePort})`;

/**
 * The diff as sentences people can read, one per line:
 * "discount-1: percent 10 → 15", "Added step gift-1 (Gift)", "Removed link a → b (true)".
 */
export function describeDiff(diff: FlowDiff, locale: Locale, registry?: NodeRegistry, after?: Flow): string[] {
  const lines: string[] = [];
  const colon = locale === 'zh' ? '：' : ': ';
  if (diff.name)
    lines.push(
      `${msg('name', locale)}${colon}${formatValue(diff.name.before, locale)} → ${formatValue(diff.name.after, locale)}`,
    );
  if (diff.description)
    lines.push(
      `${msg('description', locale)}${colon}${formatValue(diff.description.before, locale)} → ${formatValue(diff.description.after, locale)}`,
    );
  for (const node of diff.nodesAdded) lines.push(`${msg('added', locale)} ${nodeLabel(node, locale, registry)}`);
  for (const node of diff.nodesRemoved) lines.push(`${msg('removed', locale)} ${nodeLabel(node, locale, registry)}`);
  for (const change of diff.nodesChanged) {
    for (const field of change.changes) {
      // A decision table's rows are told row by row (added, removed, changed, moved), not as one array.
      const rowLines = tableRowLines(change, field, locale, after);
      if (rowLines) {
        lines.push(...rowLines.map((line) => `${change.id}${colon}${line}`));
        continue;
      }
      lines.push(
        `${change.id}${colon}${formatField(field.path)} ${formatValue(field.before, locale)} → ${formatValue(field.after, locale)}`,
      );
    }
    if (change.moved && change.changes.length === 0) lines.push(`${change.id}${colon}${msg('moved', locale)}`);
  }
  for (const edge of diff.edgesAdded) lines.push(`${msg('linkAdded', locale)} ${edgeLabel(edge)}`);
  for (const edge of diff.edgesRemoved) lines.push(`${msg('linkRemoved', locale)} ${edgeLabel(edge)}`);
  return lines;
}
