/**
 * The milestone timeline (SVG): each window a bar from earliest to latest, the likely date marked,
 * the committed baseline faint, the critical path highlighted, a line for today. Long plans scroll,
 * and only the rows in view are drawn.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { compareDates, formatDate, formatRange, type IsoDate } from '../../../../shared/domain/dates.ts';
import { timelineScale, xOf } from '../../../../shared/record/timeline.ts';
import type { Milestone } from '../../../../shared/schema/program.ts';
import './timeline.css';

const ROW = 26;
const LABEL = 250;
// Two lines of labels: the "Today" mark above the months, clear of them.
const AXIS = 38;
const MAX_BODY = 440;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function Timeline({
  milestones,
  today,
  selectedId,
  onSelect,
}: {
  milestones: readonly Milestone[];
  today: IsoDate;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const [openOnly, setOpenOnly] = useState(false);
  const [criticalOnly, setCriticalOnly] = useState(false);
  const rows = useMemo(
    () =>
      milestones
        .filter((m) => (!openOnly || m.status !== 'done') && (!criticalOnly || m.criticalPath))
        .sort(
          (a, b) =>
            compareDates(a.window.earliest, b.window.earliest) ||
            compareDates(a.window.likely, b.window.likely),
        ),
    [milestones, openOnly, criticalOnly],
  );
  const scale = useMemo(() => timelineScale(rows, today), [rows, today]);
  const [boxRef, width] = useWidth();
  const chart = Math.max(200, width - LABEL - 16);
  const x = (d: IsoDate) => LABEL + xOf(scale, d, chart);
  const [scrollTop, setScrollTop] = useState(0);
  const bodyHeight = Math.min(MAX_BODY, rows.length * ROW + 8);
  const first = Math.max(0, Math.floor(scrollTop / ROW) - 5);
  const last = Math.min(rows.length, Math.ceil((scrollTop + MAX_BODY) / ROW) + 5);
  const critical = rows.filter((m) => m.criticalPath).length;

  return (
    <figure className="timeline" aria-label="Milestone timeline">
      <figcaption className="timeline__tools">
        <strong>Timeline</strong>
        <span className="muted small">
          {rows.length} milestones · {critical} on the critical path
        </span>
        <label className="check-field">
          <input type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} /> Hide
          done
        </label>
        <label className="check-field">
          <input type="checkbox" checked={criticalOnly} onChange={(e) => setCriticalOnly(e.target.checked)} />{' '}
          Critical path only
        </label>
      </figcaption>
      <div ref={boxRef} className="timeline__box">
        <svg width={width} height={AXIS} className="timeline__axis" aria-hidden>
          {scale.months.map((m) => (
            <g key={m}>
              <line x1={x(m)} x2={x(m)} y1={AXIS - 8} y2={AXIS} className="tl-tick" />
              <text x={x(m) + 4} y={AXIS - 10} className="tl-month">
                {MONTHS[Number(m.slice(5, 7)) - 1]}
                {m.slice(5, 7) === '01' || m === scale.months[0] ? ` ${m.slice(0, 4)}` : ''}
              </text>
            </g>
          ))}
          <text x={x(today)} y={10} className="tl-today-label" textAnchor="middle">
            Today {formatDate(today)}
          </text>
        </svg>
        <div
          className="timeline__body"
          style={{ height: bodyHeight }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <svg
            width={width}
            height={rows.length * ROW + 8}
            role="img"
            aria-label={`Milestone timeline: ${rows.length} milestones from ${formatRange(scale.start, scale.end)}, today ${formatDate(today)}`}
          >
            {scale.months.map((m) => (
              <line key={m} x1={x(m)} x2={x(m)} y1={0} y2={rows.length * ROW + 8} className="tl-grid" />
            ))}
            {rows.slice(first, last).map((m, i) => (
              <Bar
                key={m.id}
                m={m}
                y={(first + i) * ROW + 4}
                x={x}
                selected={m.id === selectedId}
                onSelect={onSelect}
              />
            ))}
            <line
              x1={x(today)}
              x2={x(today)}
              y1={0}
              y2={rows.length * ROW + 8}
              className="tl-today"
              data-testid="timeline-today"
            />
          </svg>
        </div>
      </div>
      <div className="timeline__legend muted small" aria-hidden>
        <span>
          <i className="lg-bar" /> earliest → latest
        </span>
        <span>
          <i className="lg-likely" /> likely
        </span>
        <span>
          <i className="lg-baseline" /> committed (baseline)
        </span>
        <span>
          <i className="lg-critical" /> critical path
        </span>
        <span>
          <i className="lg-today" /> today
        </span>
        {(['planned', 'on-track', 'at-risk', 'late', 'done'] as const).map((status) => (
          <span key={status}>
            <i className={`lg-status lg-status--${status}`} /> {status}
          </span>
        ))}
      </div>
    </figure>
  );
}

function Bar({
  m,
  y,
  x,
  selected,
  onSelect,
}: {
  m: Milestone;
  y: number;
  x: (d: IsoDate) => number;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const x1 = x(m.window.earliest);
  const x2 = Math.max(x(m.window.latest), x1 + 4);
  const likely = x(m.window.likely);
  const mid = y + ROW / 2 - 4;
  const moved = m.baseline && m.baseline !== m.window.likely;
  const diamond = (cx: number, r: number) =>
    `${cx},${mid - r} ${cx + r},${mid} ${cx},${mid + r} ${cx - r},${mid}`;
  return (
    <g
      className={`tl-row tl-row--${m.status}${m.criticalPath ? ' tl-row--critical' : ''}${selected ? ' tl-row--selected' : ''}`}
      data-milestone={m.id}
      onClick={() => onSelect(m.id)}
    >
      <title>
        {`${m.title}: ${formatRange(m.window.earliest, m.window.latest)}, likely ${formatDate(m.window.likely)}` +
          (m.baseline ? `, committed ${formatDate(m.baseline)}` : '') +
          ` · ${m.status}${m.criticalPath ? ' · critical path' : ''}`}
      </title>
      <rect x={0} y={y - 2} width="100%" height={ROW - 4} className="tl-hit" />
      <text x={8} y={mid + 4} className="tl-label">
        {clip(m.title, 34)}
      </text>
      <rect x={x1} y={mid - 6} width={x2 - x1} height={12} rx={3} className="tl-bar" />
      {moved && m.baseline && (
        <>
          <line x1={x(m.baseline)} x2={likely} y1={mid} y2={mid} className="tl-slip" />
          <polygon points={diamond(x(m.baseline), 5)} className="tl-baseline" />
        </>
      )}
      <polygon points={diamond(likely, 6)} className="tl-likely" />
    </g>
  );
}
