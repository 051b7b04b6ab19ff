import { BaseEdge, type EdgeProps } from '@xyflow/react';
import type { XY } from '../store/flow-edits';

/**
 * ELK's orthogonal route from `points` (start, bends, end), ending on the card's real handles: the first and
 * last points are replaced by where React Flow draws the ports, with a right-angle elbow where the two differ.
 */
export function orthogonalPath(points: readonly XY[], from: XY, to: XY): string {
  const inner = points.slice(1, -1);
  const path: XY[] = [from];
  const push = (p: XY) => {
    const last = path.at(-1)!;
    if (last.x !== p.x && last.y !== p.y) path.push({ x: p.x, y: last.y });
    path.push(p);
  };
  for (const p of inner) push(p);
  // Into the target: vertical first, then straight into the left side of the card.
  const last = path.at(-1)!;
  if (last.y !== to.y && last.x !== to.x) path.push({ x: last.x, y: to.y });
  path.push(to);
  return path.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}

export function RoutedEdge(props: EdgeProps) {
  const points = (props.data as { points?: readonly XY[] } | undefined)?.points ?? [];
  const path = orthogonalPath(points, { x: props.sourceX, y: props.sourceY }, { x: props.targetX, y: props.targetY });
  return (
    <BaseEdge
      id={props.id}
      path={path}
      {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
      {...(props.style ? { style: props.style } : {})}
      {...(props.label !== undefined
        ? { label: props.label, labelX: props.targetX - 40, labelY: props.targetY - 10 }
        : {})}
      {...(props.interactionWidth !== undefined ? { interactionWidth: props.interactionWidth } : {})}
    />
  );
}
