import { describe, expect, it } from 'vitest';
import { calendarEntries, planCalendar, type PlanEntry } from '../../../../shared/plan/calendar.ts';
import { calendarText, entrySummary } from '../../../../shared/plan/describe.ts';
import { planMatrix } from '../../../../shared/plan/matrix.ts';
import { addCommunication } from '../../../../shared/record/communications.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

const updatesOf = (entries: PlanEntry[], id: string) =>
  entries.flatMap((e) => (e.kind === 'update' && e.stakeholderId === id ? [e.date] : []));

describe('the calendar of the next weeks', () => {
  const weeks = planCalendar(fixtureData(), FIXTURE_TODAY, 8);
  const entries = calendarEntries(weeks);

  it('has eight weeks starting today, each seven days', () => {
    expect(weeks.map((w) => [w.start, w.end])[0]).toEqual(['2026-11-20', '2026-11-26']);
    expect(weeks.at(-1)).toMatchObject({ start: '2027-01-08', end: '2027-01-14' });
    expect(weeks).toHaveLength(8);
  });

  it('repeats each reader’s updates by cadence from their next due date', () => {
    // Weekly, last update 13 Nov: due today and every 7 days after.
    expect(updatesOf(entries, 's-vpe')).toEqual([
      '2026-11-20',
      '2026-11-27',
      '2026-12-04',
      '2026-12-11',
      '2026-12-18',
      '2026-12-25',
      '2027-01-01',
      '2027-01-08',
    ]);
    // Biweekly, last update 6 Nov.
    expect(updatesOf(entries, 's-cfo')).toEqual(['2026-11-20', '2026-12-04', '2026-12-18', '2027-01-01']);
    // Monthly, in calendar months from 30 Oct.
    expect(updatesOf(entries, 's-ceo')).toEqual(['2026-11-30', '2026-12-30']);
    expect(updatesOf(entries, 's-support')).toEqual(['2026-11-20', '2026-12-20']);
  });

  it('shows an overdue update first, in the first week, then the dates after today', () => {
    const first = weeks[0]!.entries;
    expect(first.slice(0, 2).map((e) => [e.kind, e.date, e.kind === 'update' && e.overdueDays])).toEqual([
      ['update', '2026-11-16', 4],
      ['update', '2026-11-18', 2],
    ]);
    expect(first.slice(0, 2).map(entrySummary)).toEqual([
      'Send the status update to Aisha Rahman',
      'Send the partner update to Sofia Marchetti',
    ]);
    // Aisha Rahman (biweekly, last update 2 Nov): overdue 16 Nov, then 30 Nov, 14 Dec…
    expect(updatesOf(entries, 's-sec')).toEqual([
      '2026-11-16',
      '2026-11-30',
      '2026-12-14',
      '2026-12-28',
      '2027-01-11',
    ]);
  });

  it('never lists an as-needed reader as due', () => {
    expect(updatesOf(entries, 's-legal')).toEqual([]);
    expect(
      planCalendar(fixtureData(), '2030-01-01', 12)
        .flatMap((w) => w.entries)
        .some((e) => e.kind === 'update' && e.stakeholderId === 's-legal'),
    ).toBe(false);
  });

  it('places the meetings by their start, with their time', () => {
    const meetings = entries.filter((e) => e.kind === 'meeting');
    expect(meetings.map((e) => [e.date, e.kind === 'meeting' && e.time, entrySummary(e)])).toEqual([
      ['2026-11-23', '10:30', 'Data Platform sync'],
      ['2026-11-24', '15:00', 'Monthly steering committee'],
    ]);
  });

  it('places planned communications by their date, and a late planned one first', () => {
    const base = fixtureData();
    const one = addCommunication(base, {
      date: '2026-11-30',
      stakeholderIds: ['s-cfo'],
      purpose: 'Brief the CFO before the budget review',
      channel: 'meeting',
    }).file;
    const two = addCommunication(one, {
      date: '2026-11-19',
      stakeholderIds: ['s-ceo'],
      purpose: 'Call the CEO about the launch date',
      channel: 'meeting',
    }).file;
    const plan = planCalendar(two, FIXTURE_TODAY, 4);
    const weekOf = (purpose: string) =>
      plan.findIndex((w) => w.entries.some((e) => e.kind === 'communication' && e.purpose === purpose));
    expect(weekOf('Brief the CFO before the budget review')).toBe(1);
    // Overdue first, longest overdue first: two late updates, then the touchpoint a day late.
    expect(plan[0]!.entries.slice(0, 3).map((e) => [e.kind, e.date])).toEqual([
      ['update', '2026-11-16'],
      ['update', '2026-11-18'],
      ['communication', '2026-11-19'],
    ]);
  });

  it('a reader never updated is due today, then by cadence', () => {
    const file = fixtureData();
    delete file.stakeholders.find((s) => s.id === 's-ceo')!.lastUpdateAt;
    expect(updatesOf(calendarEntries(planCalendar(file, FIXTURE_TODAY, 8)), 's-ceo')).toEqual([
      '2026-11-20',
      '2026-12-20',
    ]);
  });

  it('prints the weeks as text, one line per entry', () => {
    const text = calendarText(fixtureData(), weeks);
    expect(text.split('\n')[0]).toBe('Week 1 · 20 Nov – 26 Nov 2026');
    expect(text).toContain(
      '16 Nov 2026  Send the status update to Aisha Rahman (overdue by 4 d · email · biweekly)',
    );
    expect(text).not.toContain('Robert Chen');
  });
});

describe('the plan matrix', () => {
  it('has one row per stakeholder with what they get, how, how often and when next', () => {
    const rows = planMatrix(fixtureData(), FIXTURE_TODAY);
    expect(rows).toHaveLength(10);
    const cfo = rows.find((r) => r.stakeholderId === 's-cfo')!;
    expect(cfo).toMatchObject({
      template: 'executive-brief',
      detail: 'headline',
      language: 'business',
      channel: 'email',
      cadence: 'biweekly',
      lastUpdateAt: '2026-11-06',
      nextDue: '2026-11-20',
      overdueDays: 0,
    });
    expect(cfo.meetings.map((m) => m.id)).toEqual(['mt-steerco']);
    const legal = rows.find((r) => r.stakeholderId === 's-legal')!;
    expect([legal.nextDue, legal.overdueDays]).toEqual([null, null]);
    expect(rows.find((r) => r.stakeholderId === 's-sec')).toMatchObject({
      nextDue: '2026-11-16',
      overdueDays: 4,
    });
  });

  it('lists the planned touchpoints of each person, not the done ones', () => {
    const added = addCommunication(fixtureData(), {
      date: '2026-11-30',
      stakeholderIds: ['s-cfo', 's-ceo'],
      purpose: 'Budget review pre-read',
      channel: 'email',
    });
    const rows = planMatrix(added.file, FIXTURE_TODAY);
    expect(rows.find((r) => r.stakeholderId === 's-ceo')!.planned).toEqual([
      { id: added.id, date: '2026-11-30', purpose: 'Budget review pre-read' },
    ]);
    const done = {
      ...added.file,
      communications: added.file.communications.map((c) => ({ ...c, status: 'done' as const })),
    };
    expect(planMatrix(done, FIXTURE_TODAY).find((r) => r.stakeholderId === 's-ceo')!.planned).toEqual([]);
  });
});
