/**
 * Where people go on the influence/interest grid: a 3×3 grid of cells (low, medium, high on each
 * axis) inside the four quadrants of data-model.md (high is its own band; "lower" is low and
 * medium). A cell shows each person with their name while few, as bare dots (names on hover)
 * while they fit, and as one cluster with a count beyond that, so 200 or 10,000 people stay readable.
 */
import type { Level, Stakeholder } from '../../../../shared/schema/program.ts';
import { quadrantOf, type Quadrant } from '../../../../shared/domain/quadrant.ts';

export const LEVEL_ORDER: readonly Level[] = ['low', 'medium', 'high'];

/** The drawing's size and margins (SVG units; the SVG scales to its box). */
export const FRAME = { width: 820, height: 500, left: 92, top: 10, right: 10, bottom: 48 } as const;
const plotW = FRAME.width - FRAME.left - FRAME.right;
const plotH = FRAME.height - FRAME.top - FRAME.bottom;
export const CELL_W = plotW / 3;
export const CELL_H = plotH / 3;
/** Room at the top of a cell for the quadrant's name. */
const HEADER = 28;
/** At most this many people are shown with their names in one cell. */
export const LABELLED_MAX = 10;
const DOT_STEP = 22;
/** At most this many bare dots fit in one cell; more become a cluster. */
export const DOTS_MAX = Math.floor((CELL_W - 16) / DOT_STEP) * Math.floor((CELL_H - HEADER - 6) / DOT_STEP);

export interface GridPerson {
  id: string;
  name: string;
  stance: Stakeholder['stance'];
  influence: Level;
  interest: Level;
  due: boolean;
}

export interface PlacedPerson {
  person: GridPerson;
  x: number;
  y: number;
}

export interface GridCell {
  influence: Level;
  interest: Level;
  quadrant: Quadrant;
  x: number;
  y: number;
  mode: 'labels' | 'dots' | 'cluster';
  people: GridPerson[];
  placed: PlacedPerson[];
}

/** The top-left corner of the cell for an influence (rows, high on top) and interest (columns). */
export function cellOrigin(influence: Level, interest: Level): { x: number; y: number } {
  return {
    x: FRAME.left + LEVEL_ORDER.indexOf(interest) * CELL_W,
    y: FRAME.top + (2 - LEVEL_ORDER.indexOf(influence)) * CELL_H,
  };
}

/** The cell under a point of the drawing, the nearest one when the point is outside the plot. */
export function cellAt(x: number, y: number): { influence: Level; interest: Level } {
  const col = Math.max(0, Math.min(2, Math.floor((x - FRAME.left) / CELL_W)));
  const row = Math.max(0, Math.min(2, Math.floor((y - FRAME.top) / CELL_H)));
  return { interest: LEVEL_ORDER[col] as Level, influence: LEVEL_ORDER[2 - row] as Level };
}

/** Names go in one column while they fit, else two (shorter names). */
const labelColumns = (n: number) => (n <= LABELLED_MAX / 2 ? 1 : 2);

/** How many characters of a name fit beside its dot in a cell of `n` labelled people. */
export function labelChars(n: number): number {
  return labelColumns(n) === 1 ? 30 : 14;
}

function place(people: GridPerson[], x: number, y: number, mode: GridCell['mode']): PlacedPerson[] {
  if (mode === 'cluster') return [];
  if (mode === 'labels') {
    const cols = labelColumns(people.length);
    const step = Math.min(28, (CELL_H - HEADER - 8) / Math.ceil(LABELLED_MAX / 2));
    return people.map((person, i) => ({
      person,
      x: x + 18 + (i % cols) * (CELL_W / 2),
      y: y + HEADER + 10 + Math.floor(i / cols) * step,
    }));
  }
  const perRow = Math.floor((CELL_W - 16) / DOT_STEP);
  return people.map((person, i) => ({
    person,
    x: x + 18 + (i % perRow) * DOT_STEP,
    y: y + HEADER + 10 + Math.floor(i / perRow) * DOT_STEP,
  }));
}

/** Lays out everyone: nine cells, each with its people sorted by name and placed. */
export function layoutGrid(people: readonly GridPerson[]): GridCell[] {
  const cells: GridCell[] = [];
  for (const influence of [...LEVEL_ORDER].reverse())
    for (const interest of LEVEL_ORDER) {
      const here = people
        .filter((p) => p.influence === influence && p.interest === interest)
        .sort((a, b) => a.name.localeCompare(b.name));
      const mode = here.length <= LABELLED_MAX ? 'labels' : here.length <= DOTS_MAX ? 'dots' : 'cluster';
      const { x, y } = cellOrigin(influence, interest);
      cells.push({
        influence,
        interest,
        quadrant: quadrantOf({ influence, interest }),
        x,
        y,
        mode,
        people: here,
        placed: place(here, x, y, mode),
      });
    }
  return cells;
}

/** A level one step up or down, or null past either end. */
export function stepLevel(level: Level, by: 1 | -1): Level | null {
  return LEVEL_ORDER[LEVEL_ORDER.indexOf(level) + by] ?? null;
}

/** A name short enough for its place in a cell. */
export function shortName(name: string, max = 17): string {
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}
