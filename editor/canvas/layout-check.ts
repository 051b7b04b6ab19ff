import type { Flow } from '../../runtime/index';
import type { XY } from '../store/flow-edits';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

type Sizes = Readonly<Record<string, { width: number; height: number }>>;

const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/** Does the axis-aligned segment a→b pass through the inside of the box (its border shrunk by `inset`)? */
export function segmentCrossesBox(a: XY, b: XY, box: Box, inset = 2): boolean {
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  const [x1, x2] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
  const [y1, y2] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
  return x1 < right && x2 > left && y1 < bottom && y2 > top;
}

/**
 * Whether a flow as stored would be hard to read: two cards on top of each other, or a link whose right-angle
 * path (out of the right side, across at half way, into the left side) runs behind a third card. Then the
 * canvas lays it out on open. Cards without a measured size are left out.
 */
export function needsLayout(flow: Flow, sizes: Sizes): boolean {
  return cardsOverlap(flow, sizes) || linkBehindCard(flow, sizes);
}

function boxesOf(flow: Flow, sizes: Sizes): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const n of flow.nodes) if (Object.hasOwn(sizes, n.id)) boxes.set(n.id, { ...n.position, ...sizes[n.id]! });
  return boxes;
}

/** Two cards closer than 8 px, or on top of each other. */
export function cardsOverlap(flow: Flow, sizes: Sizes): boolean {
  const all = [...boxesOf(flow, sizes).values()];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) if (overlaps(all[i]!, all[j]!, 8)) return true;
  return false;
}

/** A link whose plain right-angle path would run behind a card that is not one of its ends. */
export function linkBehindCard(flow: Flow, sizes: Sizes): boolean {
  const boxes = boxesOf(flow, sizes);
  const all = [...boxes.entries()];
  for (const edge of flow.edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to) continue;
    const a = { x: from.x + from.width, y: from.y + from.height / 2 };
    const d = { x: to.x, y: to.y + to.height / 2 };
    const midX = (a.x + d.x) / 2;
    const path = [a, { x: midX, y: a.y }, { x: midX, y: d.y }, d];
    for (const [id, box] of all) {
      if (id === edge.source || id === edge.target) continue;
      for (let k = 0; k < path.length - 1; k++) if (segmentCrossesBox(path[k]!, path[k + 1]!, box)) return true;
    }
  }
  return false;
}
