import { describe, expect, it } from 'vitest';
import { dueList, dueStatus, nextUpdateDate } from '../../../../shared/domain/cadence.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

describe('next update and the due list', () => {
  it('adds days for weekly and biweekly and calendar months for monthly and quarterly', () => {
    expect(nextUpdateDate('2026-11-06', 'biweekly')).toBe('2026-11-20');
    expect(nextUpdateDate('2026-11-13', 'weekly')).toBe('2026-11-20');
    expect(nextUpdateDate('2026-01-31', 'monthly')).toBe('2026-02-28');
    expect(nextUpdateDate('2026-11-30', 'quarterly')).toBe('2027-02-28');
    expect(nextUpdateDate('2026-11-30', 'as-needed')).toBeNull();
  });

  it('lists exactly the five readers due on 2026-11-20, longest overdue first', () => {
    const due = dueList(fixtureData(), FIXTURE_TODAY);
    expect(due.map((d) => [d.stakeholderId, d.nextDue, d.overdueDays])).toEqual([
      ['s-sec', '2026-11-16', 4],
      ['s-provider', '2026-11-18', 2],
      ['s-cfo', '2026-11-20', 0],
      ['s-support', '2026-11-20', 0],
      ['s-vpe', '2026-11-20', 0],
    ]);
  });

  it('never lists an as-needed reader, and lists one who never had an update', () => {
    const file = fixtureData();
    const legal = file.stakeholders.find((s) => s.id === 's-legal')!;
    expect(dueStatus(legal, '2030-01-01').due).toBe(false);
    const ceo = file.stakeholders.find((s) => s.id === 's-ceo')!;
    delete ceo.lastUpdateAt;
    expect(dueStatus(ceo, FIXTURE_TODAY)).toMatchObject({ due: true, nextDue: null });
  });
});
