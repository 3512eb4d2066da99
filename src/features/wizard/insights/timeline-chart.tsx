// The milestones on a time axis. The table beside it carries the same facts for screen readers;
// the chart itself is one labelled image.
import type { Milestone } from '@/domain/timeline';
import { formatIsoDate } from '@/domain/numbers';

const DAY = 86_400_000;
const time = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();

export function TimelineChart({
  milestones,
  labels,
  title,
  locale,
}: {
  milestones: Milestone[];
  labels: (id: Milestone['id']) => string;
  title: string;
  locale: string;
}) {
  if (milestones.length < 2) return null;
  const first = time(milestones[0]?.date ?? '');
  const last = time(milestones[milestones.length - 1]?.date ?? '');
  const span = Math.max(DAY, last - first);
  const width = 760;
  const left = 20;
  const right = 20;
  const axis = 150;
  const x = (iso: string) => left + ((time(iso) - first) / span) * (width - left - right);
  const description = milestones
    .map((milestone) => `${labels(milestone.id)}: ${formatIsoDate(milestone.date, locale)}`)
    .join('; ');
  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${width} 300`}
      role="img"
      aria-label={`${title}. ${description}`}
      focusable="false"
    >
      <line x1={left} x2={width - right} y1={axis} y2={axis} className="timeline-chart__axis" />
      {milestones.map((milestone, index) => {
        const above = index % 2 === 0;
        const cx = x(milestone.date);
        const labelY = above
          ? axis - 20 - (index % 4 === 0 ? 50 : 0)
          : axis + 30 + (index % 4 === 1 ? 50 : 0);
        const anchor = cx < 120 ? 'start' : cx > width - 120 ? 'end' : 'middle';
        return (
          <g key={milestone.id}>
            <line
              x1={cx}
              x2={cx}
              y1={axis}
              y2={above ? labelY + 6 : labelY - 18}
              className="timeline-chart__tick"
            />
            <circle cx={cx} cy={axis} r={6} className="timeline-chart__dot" />
            <text x={cx} y={labelY} textAnchor={anchor} className="timeline-chart__label">
              {labels(milestone.id)}
            </text>
            <text x={cx} y={labelY + 16} textAnchor={anchor} className="timeline-chart__date">
              {formatIsoDate(milestone.date, locale)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
