import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdGroups } from './id-groups';

interface Item {
  readonly id: string;
}

/** What fillIneligible did before the grouping was kept: a stable sort by id, then runs of equal ids. */
function sortedGroups(items: readonly Item[]): number[][] {
  const sorted = items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  const groups: number[][] = [];
  for (const { item, i } of sorted) {
    const last = groups[groups.length - 1];
    if (last && items[last[0]!]!.id === item.id) last.push(i);
    else groups.push([i]);
  }
  return groups;
}

// Few distinct ids so that equal ids (kept in input order) and same-length worlds with other ids both occur.
const world = fc.array(
  fc.constantFrom('WH-A', 'WH-B', 'WH-C', 'wh-a', 'WH-10', 'WH-9').map((id) => ({ id })),
  { maxLength: 8 },
);

describe('IdGroups', () => {
  it('groups positions by id in id order, equal ids in input order, for every world in a stream', () => {
    fc.assert(
      fc.property(fc.array(world, { minLength: 1, maxLength: 6 }), (worlds) => {
        const groups = new IdGroups<Item>((item) => item.id);
        for (const items of worlds) expect(groups.of(items)).toEqual(sortedGroups(items));
      }),
      { numRuns: 500 },
    );
  });

  it('regroups when an id changes in place in a world of the same size', () => {
    const groups = new IdGroups<Item>((item) => item.id);
    const items = [{ id: 'WH-B' }, { id: 'WH-A' }];
    expect(groups.of(items)).toEqual([[1], [0]]);
    const renamed = [{ id: 'WH-B' }, { id: 'WH-C' }];
    expect(groups.of(renamed)).toEqual([[0], [1]]);
  });
});
