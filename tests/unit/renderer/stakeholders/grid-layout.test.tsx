import { describe, expect, it } from 'vitest';
import {
  CELL_H,
  CELL_W,
  cellAt,
  cellOrigin,
  DOTS_MAX,
  LABELLED_MAX,
  layoutGrid,
  type GridPerson,
} from '../../../../renderer/src/features/stakeholders/grid-layout.ts';
import type { Level } from '../../../../shared/schema/program.ts';

const person = (i: number, influence: Level, interest: Level): GridPerson => ({
  id: `p${i}`,
  name: `Person ${String(i).padStart(4, '0')}`,
  stance: 'neutral',
  influence,
  interest,
  due: i % 3 === 0,
});

describe('layoutGrid', () => {
  it('puts each person in the cell of their influence and interest, inside that cell', () => {
    const people = [person(1, 'high', 'high'), person(2, 'high', 'low'), person(3, 'low', 'medium')];
    const cells = layoutGrid(people);
    expect(cells).toHaveLength(9);
    for (const p of people) {
      const cell = cells.find((c) => c.people.includes(p));
      expect(cell).toMatchObject({ influence: p.influence, interest: p.interest });
      const placed = cell?.placed.find((x) => x.person === p);
      expect(placed?.x).toBeGreaterThan(cell?.x ?? Infinity);
      expect(placed?.x).toBeLessThan((cell?.x ?? 0) + CELL_W);
      expect(placed?.y).toBeLessThan((cell?.y ?? 0) + CELL_H);
    }
    expect(cells.find((c) => c.influence === 'high' && c.interest === 'high')?.quadrant).toBe(
      'manage-closely',
    );
    expect(cells.find((c) => c.influence === 'high' && c.interest === 'medium')?.quadrant).toBe(
      'keep-satisfied',
    );
    expect(cells.find((c) => c.influence === 'medium' && c.interest === 'high')?.quadrant).toBe(
      'keep-informed',
    );
  });

  it('names people while few, shows bare dots while they fit, and clusters beyond', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => person(i, 'medium', 'medium'));
    const mode = (n: number) => layoutGrid(many(n)).find((c) => c.people.length === n)?.mode;
    expect(mode(LABELLED_MAX)).toBe('labels');
    expect(mode(LABELLED_MAX + 1)).toBe('dots');
    expect(mode(DOTS_MAX)).toBe('dots');
    expect(mode(DOTS_MAX + 1)).toBe('cluster');
    // 200 people over nine cells stay dots, each with its own place.
    const spread = Array.from({ length: 200 }, (_, i) =>
      person(
        i,
        (['low', 'medium', 'high'] as const)[i % 3]!,
        (['low', 'medium', 'high'] as const)[Math.floor(i / 3) % 3]!,
      ),
    );
    for (const c of layoutGrid(spread)) {
      expect(c.mode).toBe('dots');
      expect(new Set(c.placed.map((p) => `${p.x},${p.y}`)).size).toBe(c.people.length);
    }
  });
});

describe('cellAt', () => {
  it('finds the cell under a point, and the nearest cell for a point off the plot', () => {
    const o = cellOrigin('high', 'low');
    expect(cellAt(o.x + 5, o.y + 5)).toEqual({ influence: 'high', interest: 'low' });
    const m = cellOrigin('low', 'high');
    expect(cellAt(m.x + CELL_W / 2, m.y + CELL_H / 2)).toEqual({ influence: 'low', interest: 'high' });
    expect(cellAt(-100, 10_000)).toEqual({ influence: 'low', interest: 'low' });
  });
});
