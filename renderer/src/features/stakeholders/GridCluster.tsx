/**
 * A crowded grid cell: one ring divided by stance with the head count (and how many are due), and
 * the list of its people, opened by a click, to pick one.
 */
import { useEffect, useRef } from 'react';
import { STANCES, type Stance } from '../../../../shared/schema/program.ts';
import { CELL_H, CELL_W, type GridCell } from './grid-layout.ts';
import { STANCE_COLOURS } from './stance.ts';

const R = 34;

/** A ring segment from `from` to `to` (fractions of a turn, clockwise from the top). */
function arc(cx: number, cy: number, from: number, to: number): string {
  const point = (t: number) => [cx + R * Math.sin(2 * Math.PI * t), cy - R * Math.cos(2 * Math.PI * t)];
  const [x1, y1] = point(from);
  const [x2, y2] = point(Math.min(to, from + 0.9999));
  return `M ${x1} ${y1} A ${R} ${R} 0 ${to - from > 0.5 ? 1 : 0} 1 ${x2} ${y2}`;
}

/** Each stance's share of the cell, as consecutive fractions of a turn. */
function stanceSegments(cell: GridCell): Array<{ stance: Stance; from: number; to: number }> {
  const total = cell.people.length;
  const segments: Array<{ stance: Stance; from: number; to: number }> = [];
  let at = 0;
  for (const stance of STANCES) {
    const share = cell.people.filter((p) => p.stance === stance).length / total;
    if (share > 0) segments.push({ stance, from: at, to: at + share });
    at += share;
  }
  return segments;
}

export function ClusterMark({ cell, onOpen }: { cell: GridCell; onOpen: () => void }) {
  const cx = cell.x + CELL_W / 2;
  const cy = cell.y + CELL_H / 2 + 10;
  const total = cell.people.length;
  const due = cell.people.filter((p) => p.due).length;
  const segments = stanceSegments(cell);
  return (
    <g
      role="button"
      tabIndex={0}
      className="sh-grid-cluster"
      data-cluster={`${cell.influence}-${cell.interest}`}
      aria-label={`${total} people with ${cell.influence} influence and ${cell.interest} interest, ${due} due for an update. Enter lists them.`}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onOpen();
        }
      }}
    >
      <circle cx={cx} cy={cy} r={R} className="sh-grid-cluster__bg" />
      {segments.map((seg) => (
        <path
          key={seg.stance}
          d={arc(cx, cy, seg.from, seg.to)}
          stroke={STANCE_COLOURS[seg.stance]}
          className="sh-grid-cluster__arc"
        />
      ))}
      <text x={cx} y={cy + 2} textAnchor="middle" className="sh-grid-cluster__count">
        {total}
      </text>
      <text x={cx} y={cy + 17} textAnchor="middle" className="sh-grid-cluster__sub">
        people
      </text>
      {due > 0 && (
        <text x={cx} y={cy + R + 18} textAnchor="middle" className="sh-grid-cluster__due">
          {due} due
        </text>
      )}
    </g>
  );
}

export function ClusterList({
  cell,
  onOpen,
  onClose,
}: {
  cell: GridCell;
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
  }, []);
  return (
    <div
      ref={ref}
      className="sh-cluster-list"
      role="dialog"
      aria-label={`${cell.influence} influence, ${cell.interest} interest`}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="row-between">
        <strong>
          {cell.people.length} people · {cell.influence} influence, {cell.interest} interest
        </strong>
        <button type="button" className="link" onClick={onClose}>
          Close
        </button>
      </div>
      <ul className="plain-list">
        {cell.people.map((p) => (
          <li key={p.id}>
            <button type="button" className="link sh-cluster-list__person" onClick={() => onOpen(p.id)}>
              <span className="dot" style={{ background: STANCE_COLOURS[p.stance] }} /> {p.name}
            </button>
            {p.due && <span className="due small"> due</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
