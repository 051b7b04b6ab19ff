import type { Flow, NodeRegistry } from '../../runtime/index';
import { appViews } from '../app-views';

const CARD = { width: 240, height: 90 };
const VIEW = { width: 240, height: 120 };

/**
 * A flow in miniature: each step a coloured box where it stands on the canvas, each link a line, scaled to
 * fit. Drawn from the flow itself (no screenshot), so it is always current and works offline.
 */
export function TemplatePreview({ flow, registry, label }: { flow: Flow; registry: NodeRegistry; label: string }) {
  const xs = flow.nodes.map((n) => n.position.x);
  const ys = flow.nodes.map((n) => n.position.y);
  const minX = Math.min(0, ...xs);
  const minY = Math.min(0, ...ys);
  const width = Math.max(...xs, 0) - minX + CARD.width;
  const height = Math.max(...ys, 0) - minY + CARD.height;
  const byId = new Map(flow.nodes.map((n) => [n.id, n]));
  const centre = (id: string, side: 'in' | 'out') => {
    const n = byId.get(id);
    const x = (n?.position.x ?? 0) - minX + (side === 'out' ? CARD.width : 0);
    return { x, y: (n?.position.y ?? 0) - minY + CARD.height / 2 };
  };
  return (
    <svg
      className="of-template-preview"
      viewBox={`0 0 ${width} ${height}`}
      width={VIEW.width}
      height={VIEW.height}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
    >
      {flow.edges.map((e) => {
        const a = centre(e.source, 'out');
        const b = centre(e.target, 'in');
        const mid = (a.x + b.x) / 2;
        return (
          <path
            key={e.id}
            d={`M${a.x},${a.y} H${mid} V${b.y} H${b.x}`}
            fill="none"
            stroke="currentColor"
            strokeOpacity={0.45}
            strokeWidth={Math.max(4, width / 160)}
          />
        );
      })}
      {flow.nodes.map((n) => (
        <rect
          key={n.id}
          x={n.position.x - minX}
          y={n.position.y - minY}
          width={CARD.width}
          height={CARD.height}
          rx={14}
          fill={appViews.lookOf(registry.get(n.type)).accent}
        />
      ))}
    </svg>
  );
}
