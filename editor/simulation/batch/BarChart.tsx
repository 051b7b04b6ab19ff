/**
 * Horizontal bars in plain SVG. A charting library was not worth adding for this: none is installed
 * (the d3 packages present are React Flow's zoom/drag parts only), and labelled bars are a few lines.
 */
export interface Bar {
  readonly label: string;
  readonly value: number;
}

const ROW = 22;
const LABEL = 120;
const BAR = 170;

export function BarChart({
  title,
  data,
  format = String,
}: {
  title: string;
  data: readonly Bar[];
  format?: (n: number) => string;
}) {
  const max = Math.max(1, ...data.map((d) => d.value));
  const height = Math.max(ROW, data.length * ROW);
  const description = `${title}: ${data.map((d) => `${d.label} ${format(d.value)}`).join(', ')}`;
  return (
    <figure className="sim-chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${LABEL + BAR + 70} ${height}`} width="100%" role="img" aria-label={description}>
        {data.map((d, i) => {
          const width = d.value === 0 ? 0 : Math.max(2, (d.value / max) * BAR);
          const y = i * ROW;
          return (
            <g key={d.label} transform={`translate(0 ${y})`}>
              <text x={LABEL - 6} y={ROW / 2 + 4} textAnchor="end" className="sim-chart-label">
                {d.label.length > 18 ? `${d.label.slice(0, 17)}…` : d.label}
              </text>
              <rect x={LABEL} y={4} width={width} height={ROW - 8} rx={3} className="sim-chart-bar" />
              <text x={LABEL + width + 6} y={ROW / 2 + 4} className="sim-chart-value">
                {format(d.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** A count record as bars, largest first, at most `limit`. */
export function barsOf(record: Readonly<Record<string, number>>, limit = 12): Bar[] {
  return Object.entries(record)
    .map(([label, value]) => ({ label, value }))
    .sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : 1))
    .slice(0, limit);
}
