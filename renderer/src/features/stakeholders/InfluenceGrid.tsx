/**
 * The influence/interest grid (SVG): people as dots coloured by stance, ringed when due for an
 * update, in the four quadrants. Drag a person to another cell to change their influence and
 * interest (it snaps to low, medium or high on each axis); click to open their details. With the
 * keyboard: Tab to a person, arrows move them, Enter opens them.
 */
import { useMemo, useRef, useState } from 'react';
import { QUADRANT_LABELS, type Quadrant } from '../../../../shared/domain/quadrant.ts';
import { STANCES, type Level } from '../../../../shared/schema/program.ts';
import {
  CELL_H,
  CELL_W,
  cellAt,
  cellOrigin,
  FRAME,
  layoutGrid,
  labelChars,
  LEVEL_ORDER,
  shortName,
  stepLevel,
  type GridCell,
  type GridPerson,
} from './grid-layout.ts';
import { STANCE_COLOURS } from './stance.ts';
import { ClusterMark, ClusterList } from './GridCluster.tsx';
import './grid.css';

interface Drag {
  id: string;
  pointerId: number;
  startX: number;
  startY: number;
  x: number;
  y: number;
  moved: boolean;
}

/** Where the quadrants' names go: the top-left cell of each quadrant. */
const QUADRANT_CORNERS: Array<[Level, Level, Quadrant]> = [
  ['high', 'low', 'keep-satisfied'],
  ['high', 'high', 'manage-closely'],
  ['medium', 'low', 'monitor'],
  ['medium', 'high', 'keep-informed'],
];

export function InfluenceGrid({
  people,
  onOpen,
  onMove,
}: {
  people: GridPerson[];
  onOpen: (id: string) => void;
  onMove: (id: string, influence: Level, interest: Level) => void;
}) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [hover, setHover] = useState<string | null>(null);
  const [cluster, setCluster] = useState<GridCell | null>(null);
  const cells = useMemo(() => layoutGrid(people), [people]);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);

  const toSvg = (clientX: number, clientY: number) => {
    const matrix = svgRef.current?.getScreenCTM()?.inverse();
    if (!matrix) return { x: 0, y: 0 };
    const p = new DOMPoint(clientX, clientY).matrixTransform(matrix);
    return { x: p.x, y: p.y };
  };

  const target = drag?.moved ? cellAt(drag.x, drag.y) : null;
  const dropAt = (id: string, cell: { influence: Level; interest: Level }) => {
    const p = byId.get(id);
    if (p && (p.influence !== cell.influence || p.interest !== cell.interest))
      onMove(id, cell.influence, cell.interest);
  };

  const handlers = (person: GridPerson) => ({
    onPointerDown: (e: React.PointerEvent<SVGGElement>) => {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      const p = toSvg(e.clientX, e.clientY);
      setDrag({ id: person.id, pointerId: e.pointerId, startX: p.x, startY: p.y, ...p, moved: false });
    },
    onPointerMove: (e: React.PointerEvent<SVGGElement>) => {
      if (!drag || drag.pointerId !== e.pointerId) return;
      const p = toSvg(e.clientX, e.clientY);
      const moved = drag.moved || Math.hypot(p.x - drag.startX, p.y - drag.startY) > 4;
      setDrag({ ...drag, ...p, moved });
    },
    onPointerUp: (e: React.PointerEvent<SVGGElement>) => {
      if (!drag || drag.pointerId !== e.pointerId) return;
      setDrag(null);
      if (drag.moved) dropAt(drag.id, cellAt(drag.x, drag.y));
      else onOpen(person.id);
    },
    onPointerCancel: () => setDrag(null),
    onKeyDown: (e: React.KeyboardEvent<SVGGElement>) => {
      const moves: Record<string, ['influence' | 'interest', 1 | -1]> = {
        ArrowUp: ['influence', 1],
        ArrowDown: ['influence', -1],
        ArrowRight: ['interest', 1],
        ArrowLeft: ['interest', -1],
      };
      const move = moves[e.key];
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen(person.id);
      } else if (move) {
        e.preventDefault();
        const [axis, by] = move;
        const next = stepLevel(person[axis], by);
        if (next) dropAt(person.id, { influence: person.influence, interest: person.interest, [axis]: next });
      }
    },
    onPointerEnter: () => setHover(person.id),
    onPointerLeave: () => setHover((h) => (h === person.id ? null : h)),
    onFocus: () => setHover(person.id),
    onBlur: () => setHover((h) => (h === person.id ? null : h)),
  });

  // Bare dots show their name on hover or focus; labelled ones already do.
  const hovered = hover
    ? cells
        .filter((c) => c.mode === 'dots')
        .flatMap((c) => c.placed)
        .find((p) => p.person.id === hover)
    : undefined;
  return (
    <div className="sh-influence-grid">
      <svg
        ref={svgRef}
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="group"
        aria-label="Influence and interest grid"
        className={drag?.moved ? 'sh-influence-grid__svg is-dragging' : 'sh-influence-grid__svg'}
      >
        {cells.map((c) => (
          <rect
            key={`bg-${c.influence}-${c.interest}`}
            x={c.x}
            y={c.y}
            width={CELL_W}
            height={CELL_H}
            // The quadrant's colour is the theme's (grid.css), so the names stay readable in the dark.
            className={`sh-grid-cell sh-grid-cell--${c.quadrant}${
              target && target.influence === c.influence && target.interest === c.interest ? ' is-target' : ''
            }`}
            data-cell={`${c.influence}-${c.interest}`}
          />
        ))}
        <GridLines />
        {QUADRANT_CORNERS.map(([influence, interest, q]) => {
          const o = cellOrigin(influence, interest);
          return (
            <text key={q} x={o.x + 10} y={o.y + 19} className="sh-grid-quadrant">
              {QUADRANT_LABELS[q]}
            </text>
          );
        })}
        <Axes />
        {cells.map((c) =>
          c.mode === 'cluster' ? (
            <ClusterMark key={`cl-${c.influence}-${c.interest}`} cell={c} onOpen={() => setCluster(c)} />
          ) : (
            c.placed.map(({ person, x, y }) => {
              const dragging = drag?.moved && drag.id === person.id;
              const px = dragging ? drag.x : x;
              const py = dragging ? drag.y : y;
              return (
                <g
                  key={person.id}
                  role="button"
                  tabIndex={0}
                  data-person={person.id}
                  className={dragging ? 'sh-grid-person is-dragged' : 'sh-grid-person'}
                  aria-label={`${person.name}, ${person.stance}, ${person.influence} influence, ${person.interest} interest${person.due ? ', due for an update' : ''}. Arrow keys move; Enter opens.`}
                  {...handlers(person)}
                >
                  {person.due && <circle cx={px} cy={py} r={10.5} className="sh-grid-due" />}
                  <circle
                    cx={px}
                    cy={py}
                    r={7}
                    fill={STANCE_COLOURS[person.stance]}
                    className="sh-grid-dot"
                  />
                  {c.mode === 'labels' && !dragging && (
                    <text x={px + 13} y={py + 4} className="sh-grid-name">
                      {shortName(person.name, labelChars(c.people.length))}
                    </text>
                  )}
                  <title>{person.name}</title>
                </g>
              );
            })
          ),
        )}
        {hovered && !drag?.moved && <HoverLabel name={hovered.person.name} x={hovered.x} y={hovered.y} />}
        {drag?.moved && <HoverLabel name={byId.get(drag.id)?.name ?? ''} x={drag.x} y={drag.y} />}
      </svg>
      {cluster && (
        <ClusterList
          cell={cluster}
          onOpen={(id) => {
            setCluster(null);
            onOpen(id);
          }}
          onClose={() => setCluster(null)}
        />
      )}
      <Legend />
    </div>
  );
}

function HoverLabel({ name, x, y }: { name: string; x: number; y: number }) {
  const width = Math.max(40, name.length * 7 + 14);
  const left = Math.min(FRAME.width - width - 4, Math.max(4, x - width / 2));
  return (
    <g className="sh-grid-hover" pointerEvents="none">
      <rect x={left} y={y - 36} width={width} height={22} rx={4} />
      <text x={left + width / 2} y={y - 21} textAnchor="middle">
        {name}
      </text>
    </g>
  );
}

function GridLines() {
  const { left, top } = FRAME;
  const right = left + 3 * CELL_W;
  const bottom = top + 3 * CELL_H;
  return (
    <g>
      {[1, 2].map((i) => (
        <g key={i} className={i === 2 ? 'sh-grid-line--quadrant' : 'sh-grid-line--cell'}>
          <line x1={left + i * CELL_W} y1={top} x2={left + i * CELL_W} y2={bottom} />
          <line x1={left} y1={top + (3 - i) * CELL_H} x2={right} y2={top + (3 - i) * CELL_H} />
        </g>
      ))}
      <rect x={left} y={top} width={3 * CELL_W} height={3 * CELL_H} fill="none" className="sh-grid-frame" />
    </g>
  );
}

function Axes() {
  const bottom = FRAME.top + 3 * CELL_H;
  return (
    <g className="sh-grid-axes">
      {LEVEL_ORDER.map((level, i) => (
        <g key={level}>
          <text x={FRAME.left + (i + 0.5) * CELL_W} y={bottom + 18} textAnchor="middle">
            {level}
          </text>
          <text x={FRAME.left - 8} y={FRAME.top + (2.5 - i) * CELL_H} textAnchor="end">
            {level}
          </text>
        </g>
      ))}
      <text x={FRAME.left + 1.5 * CELL_W} y={bottom + 40} textAnchor="middle" className="sh-grid-axis-title">
        Interest →
      </text>
      <text
        transform={`translate(22 ${FRAME.top + 1.5 * CELL_H}) rotate(-90)`}
        textAnchor="middle"
        className="sh-grid-axis-title"
      >
        Influence →
      </text>
    </g>
  );
}

function Legend() {
  return (
    <div className="sh-grid-legend small">
      {STANCES.map((s) => (
        <span key={s}>
          <svg width="12" height="12" aria-hidden="true">
            <circle cx="6" cy="6" r="5" fill={STANCE_COLOURS[s]} />
          </svg>{' '}
          {s}
        </span>
      ))}
      <span>
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="6.5" className="sh-grid-due" />
        </svg>{' '}
        due for an update
      </span>
      <span className="muted">Drag a person to change influence and interest · click for details</span>
    </div>
  );
}
