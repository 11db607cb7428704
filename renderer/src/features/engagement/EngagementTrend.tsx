/**
 * Engagement over the last 90 days, drawn: a small trend for a table cell and a chart for the
 * detail panel. Each dot is an interaction, placed by its day and its sentiment (positive at the
 * top, negative at the bottom); the words say the same for screen readers.
 */
import { ENGAGEMENT_DAYS, SENTIMENT_SCORE, type Engagement } from '../../../../shared/domain/engagement.ts';
import { addDays, daysBetween, formatDate } from '../../../../shared/domain/dates.ts';
import { SENTIMENTS } from '../../../../shared/schema/program.ts';
import './engagement.css';

/** "3 interactions in 90 days, worsening; latest concerned", or "No interactions in 90 days". */
export function describeEngagement(e: Engagement): string {
  const last = e.points.at(-1);
  if (!last) return `No interactions in ${ENGAGEMENT_DAYS} days`;
  const n = e.points.length;
  return `${n} ${n === 1 ? 'interaction' : 'interactions'} in ${ENGAGEMENT_DAYS} days${
    e.trend ? `, ${e.trend}` : ''
  }; latest ${last.sentiment}`;
}

// Score 1 (positive) at the top to -2 (negative) at the bottom.
const yOf = (score: number, top: number, height: number) => top + ((1 - score) / 3) * height;

function Dots({
  e,
  today,
  w,
  h,
  pad,
  r,
}: {
  e: Engagement;
  today: string;
  w: number;
  h: number;
  pad: number;
  r: number;
}) {
  const from = addDays(today, -ENGAGEMENT_DAYS);
  const xOf = (date: string) => pad + (daysBetween(from, date) / ENGAGEMENT_DAYS) * (w - 2 * pad);
  const pts = e.points.map((p) => ({
    ...p,
    x: xOf(p.date),
    y: yOf(SENTIMENT_SCORE[p.sentiment], pad, h - 2 * pad),
  }));
  return (
    <>
      {pts.length > 1 && (
        <polyline
          className="eng__line"
          points={pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
        />
      )}
      {pts.map((p, i) => (
        <circle
          key={`${i}-${p.date}`}
          className={`eng__dot eng__dot--${p.sentiment}`}
          cx={p.x}
          cy={p.y}
          r={r}
        >
          <title>
            {formatDate(p.date)}: {p.sentiment} — {p.summary}
          </title>
        </circle>
      ))}
    </>
  );
}

/** The trend in a table cell. */
export function Sparkline({ engagement, today }: { engagement: Engagement; today: string }) {
  const label = describeEngagement(engagement);
  if (engagement.points.length === 0)
    return (
      <span className="muted small" title={label}>
        —
      </span>
    );
  const arrow = engagement.trend === 'improving' ? '↗' : engagement.trend === 'worsening' ? '↘' : '';
  return (
    <span className="eng-cell" title={label} aria-label={label} role="img">
      <svg width={64} height={18} viewBox="0 0 64 18" aria-hidden="true">
        <line className="eng__zero" x1={2} x2={62} y1={yOf(0, 2, 14)} y2={yOf(0, 2, 14)} />
        <Dots e={engagement} today={today} w={64} h={18} pad={2} r={2.2} />
      </svg>
      {arrow && <span className={`eng-cell__arrow eng-cell__arrow--${engagement.trend}`}>{arrow}</span>}
    </span>
  );
}

/** The chart in the detail panel: the four sentiments as rows, the 90 days across. */
export function EngagementChart({ engagement, today }: { engagement: Engagement; today: string }) {
  const w = 320;
  const h = 96;
  const left = 70;
  const label = describeEngagement(engagement);
  return (
    <figure className="eng-chart" aria-label={`Engagement: ${label}`}>
      <svg width={w} height={h + 16} viewBox={`0 0 ${w} ${h + 16}`} role="img" aria-label={label}>
        {SENTIMENTS.map((s) => {
          const y = yOf(SENTIMENT_SCORE[s], 8, h - 16);
          return (
            <g key={s}>
              <line className="eng__grid" x1={left} x2={w - 6} y1={y} y2={y} />
              <text className="eng__label" x={left - 6} y={y + 4} textAnchor="end">
                {s}
              </text>
            </g>
          );
        })}
        <g transform={`translate(${left - 6}, 0)`}>
          <Dots e={engagement} today={today} w={w - left} h={h} pad={8} r={4} />
        </g>
        <text className="eng__label" x={left} y={h + 12}>
          {formatDate(addDays(today, -ENGAGEMENT_DAYS))}
        </text>
        <text className="eng__label" x={w - 6} y={h + 12} textAnchor="end">
          {formatDate(today)}
        </text>
      </svg>
      <figcaption className="muted small">{label}</figcaption>
    </figure>
  );
}
