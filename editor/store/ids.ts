import type { Flow } from '../../runtime/index';

/** Node ids read like `discount-3`; a namespaced type `acme/points` becomes `acme.points-1` (ids allow no "/"). */
export function idStem(type: string): string {
  return type.replace(/\//g, '.').slice(0, 56);
}

/** Finds the next free `<stem>-<n>`, counting past every id already taken so deleted ids are not reused soon. */
export function nextId(stem: string, taken: ReadonlySet<string>): string {
  const pattern = new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d+)$`);
  let max = 0;
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  let n = max + 1;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
}

export function nodeIdSet(flow: Flow): Set<string> {
  return new Set(flow.nodes.map((n) => n.id));
}

export function edgeIdSet(flow: Flow): Set<string> {
  return new Set(flow.edges.map((e) => e.id));
}
