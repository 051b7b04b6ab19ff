import { compareIds } from './score-candidates';

/**
 * Positions of items grouped by equal id: groups in id order, positions within a group in input order
 * (what a stable sort by id gives). The grouping depends on the id sequence alone, so the last one is kept
 * and reused while the ids, compared one by one, are the same: routing a stream of orders against one
 * world sorts its warehouses once, not once per order. Stock and every other field may change freely.
 */
export class IdGroups<T> {
  private ids: readonly string[] = [];
  private groups: readonly (readonly number[])[] = [];

  constructor(private readonly idOf: (item: T) => string) {}

  of(items: readonly T[]): readonly (readonly number[])[] {
    if (!this.sameIds(items)) {
      this.ids = items.map(this.idOf);
      this.groups = groupById(this.ids);
    }
    return this.groups;
  }

  private sameIds(items: readonly T[]): boolean {
    if (items.length !== this.ids.length) return false;
    for (let i = 0; i < items.length; i++) if (this.idOf(items[i]!) !== this.ids[i]) return false;
    return true;
  }
}

/** Array#sort is stable, so equal ids keep input order. */
function groupById(ids: readonly string[]): number[][] {
  const sorted = ids.map((_, i) => i).sort((a, b) => compareIds(ids[a]!, ids[b]!));
  const groups: number[][] = [];
  for (const i of sorted) {
    const last = groups[groups.length - 1];
    if (last && ids[last[0]!] === ids[i]) last.push(i);
    else groups.push([i]);
  }
  return groups;
}
