import type { Problem, Flow, Locale, NodeRegistry } from '../../runtime/index';

/**
 * The runtime's messages name steps by id ("discount-1 无法从起点到达"); people know steps by name. Every
 * node id in a message becomes “its name” (or its type's title when unnamed). Ids inside longer words
 * are left alone, so "discount-10" is not read as "discount-1".
 */
export function nameStepsIn(problems: readonly Problem[], flow: Flow, registry: NodeRegistry, locale: Locale) {
  if (problems.length === 0) return problems;
  const names = new Map(flow.nodes.map((n) => [n.id, n.name || registry.get(n.type)?.title[locale] || n.id] as const));
  const ids = [...names.keys()].sort((a, b) => b.length - a.length).map(escape);
  if (ids.length === 0) return problems;
  const pattern = new RegExp(`(?<![\\w-])(${ids.join('|')})(?![\\w-])`, 'g');
  return problems.map((p) => {
    const message = p.message.replace(pattern, (id) => `“${names.get(id)}”`);
    return message === p.message ? p : { ...p, message };
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
