/** @jsxImportSource preact */
import type { TimelineBucket } from '../timeline.js';

/** Bars drawn as inline SVG (no chart library): one per period, its count in a tooltip and in the label. */
export function TimelineChart({ buckets, total }: { buckets: TimelineBucket[]; total: number }) {
  if (buckets.length === 0) return <p class="muted">No dated articles.</p>;
  const max = Math.max(...buckets.map((b) => b.count));
  const width = 640;
  const height = 120;
  const barWidth = width / buckets.length;
  const summary = `${total} article${total === 1 ? '' : 's'} from ${buckets[0].label} to ${buckets[buckets.length - 1].label}; most in one period: ${max}.`;
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${width} ${height + 18}`} role="img" aria-label={`Mentions by publication date: ${summary}`} preserveAspectRatio="none">
        {buckets.map((b, i) => {
          const barHeight = max === 0 ? 0 : Math.max(b.count ? 2 : 0, (b.count / max) * height);
          return (
            <rect key={b.label} data-period={b.label} data-count={b.count} x={i * barWidth + 1} y={height - barHeight} width={Math.max(1, barWidth - 2)} height={barHeight} class="bar">
              <title>{`${b.label}: ${b.count}`}</title>
            </rect>
          );
        })}
        <text x="0" y={height + 14} class="axis">{buckets[0].label}</text>
        <text x={width} y={height + 14} class="axis" text-anchor="end">{buckets[buckets.length - 1].label}</text>
      </svg>
      <figcaption class="muted">{summary}</figcaption>
    </figure>
  );
}
