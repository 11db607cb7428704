import { describe, expect, it } from 'vitest';
import {
  byConcern,
  bySilence,
  concernedLately,
  concernOf,
  leading,
  noContactFor,
  silenceOf,
} from '../../../../shared/domain/engagement.ts';
import { generateProgram } from '../../../helpers/generate-program.ts';
import { FIXTURE_TODAY } from '../../../helpers/fixture.ts';

describe('the engagement lists of a large map', () => {
  const people = generateProgram({ stakeholders: 1500, items: 200, today: FIXTURE_TODAY }).stakeholders;

  it('show the same first 12 names, in the same order, and the same count as the full lists', () => {
    const silent = noContactFor(people, FIXTURE_TODAY);
    const concerned = concernedLately(people, FIXTURE_TODAY);
    expect(silent.length).toBeGreaterThan(12);
    const silences = people.flatMap((s) => silenceOf(s, FIXTURE_TODAY) ?? []);
    const concerns = people.flatMap((s) => concernOf(s, FIXTURE_TODAY) ?? []);
    expect(leading(silences, 12, bySilence)).toEqual({ first: silent.slice(0, 12), total: silent.length });
    expect(leading(concerns, 12, byConcern)).toEqual({
      first: concerned.slice(0, 12),
      total: concerned.length,
    });
  });

  it('keep equal items in the order they came, as a stable sort does', () => {
    const items = [3, 1, 2, 1, 3, 2].map((n, i) => ({ n, i }));
    const byN = (a: { n: number }, b: { n: number }) => a.n - b.n;
    expect(leading(items, 4, byN).first.map((x) => x.i)).toEqual([1, 3, 2, 5]);
    expect(leading(items, 10, byN)).toEqual({ first: [...items].sort(byN), total: 6 });
  });
});
