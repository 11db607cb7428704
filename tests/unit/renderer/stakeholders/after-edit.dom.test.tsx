/// <reference types="@testing-library/jest-dom/vitest" />
/**
 * What the Stakeholders screen derives from the people, carried over from one version of the
 * program to the next (list-changes.ts): after an edit, the table's rows and the engagement
 * lists show the edit, and everything the edit did not touch is kept as it was.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changedIndices } from '../../../../renderer/src/app/list-changes.ts';
import { EngagementLists } from '../../../../renderer/src/features/engagement/EngagementLists.tsx';
import { rowsOf } from '../../../../renderer/src/features/stakeholders/columns.tsx';
import { newStakeholder } from '../../../../shared/record/stakeholders.ts';
import type { Stakeholder } from '../../../../shared/schema/program.ts';

const TODAY = '2026-11-20';

function person(id: string, name: string, sentiment?: 'positive' | 'concerned'): Stakeholder {
  const s = { ...newStakeholder(id, { name }), lastUpdateAt: '2026-11-19' };
  return sentiment
    ? { ...s, interactions: [{ date: '2026-11-18', channel: 'call', summary: 'Spoke', sentiment }] }
    : s;
}

const people = [
  person('s1', 'Ada Byron', 'concerned'),
  person('s2', 'Ben Okafor', 'positive'),
  person('s3', 'Chloé Martin'),
];

describe('changedIndices', () => {
  it('names the places holding another object, and gives up on another length or too many changes', () => {
    const a = [{}, {}, {}];
    const b = a.with(2, {});
    expect(changedIndices(a, b)).toEqual([2]);
    expect(changedIndices(a, a)).toEqual([]);
    expect(changedIndices(a, [...a, {}])).toBeNull();
    expect(
      changedIndices(
        a,
        a.map(() => ({})),
        2,
      ),
    ).toBeNull();
  });
});

describe('the rows of the table after an edit', () => {
  it('shows the edited person anew and keeps the rows of the others', () => {
    const before = rowsOf(people, TODAY);
    const edited = people.with(1, { ...people[1]!, title: 'Head of Payments' });
    const after = rowsOf(edited, TODAY);
    expect(after.map((r) => r.title)).toEqual(['', 'Head of Payments', '']);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    // The same people again: the very same rows, so the table derives nothing again.
    expect(rowsOf(edited, TODAY)).toBe(after);
    // Another day: every row is worked out for it.
    expect(rowsOf(edited, '2026-11-21').every((r) => r.today === '2026-11-21')).toBe(true);
    // Someone added: the new list has them.
    const added = [...edited, person('s4', 'Dmitri Ivanov')];
    expect(rowsOf(added, TODAY).map((r) => r.name)).toEqual([
      'Ada Byron',
      'Ben Okafor',
      'Chloé Martin',
      'Dmitri Ivanov',
    ]);
  });
});

describe('the engagement lists after an edit', () => {
  const concerned = () =>
    screen.getByRole('group', { name: 'Concerned or negative lately' }).querySelectorAll('button');

  it('keeps the lists through an edit that leaves everyone’s entries alone, and shows one that changes them', () => {
    const { rerender } = render(<EngagementLists people={people} today={TODAY} onOpen={() => undefined} />);
    expect([...concerned()].map((b) => b.textContent)).toEqual(['Ada Byron']);
    // A new title: the same names.
    const titled = people.with(0, { ...people[0]!, title: 'CFO' });
    rerender(<EngagementLists people={titled} today={TODAY} onOpen={() => undefined} />);
    expect([...concerned()].map((b) => b.textContent)).toEqual(['Ada Byron']);
    // Ben's latest call was a concerned one: he joins the list.
    const worried = titled.with(1, person('s2', 'Ben Okafor', 'concerned'));
    rerender(<EngagementLists people={worried} today={TODAY} onOpen={() => undefined} />);
    expect([...concerned()].map((b) => b.textContent).sort()).toEqual(['Ada Byron', 'Ben Okafor']);
    // A rename shows under the new name.
    const renamed = worried.with(0, { ...worried[0]!, name: 'Ada Lovelace' });
    rerender(<EngagementLists people={renamed} today={TODAY} onOpen={() => undefined} />);
    expect([...concerned()].map((b) => b.textContent).sort()).toEqual(['Ada Lovelace', 'Ben Okafor']);
  });
});
