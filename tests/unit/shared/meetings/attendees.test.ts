import { describe, expect, it } from 'vitest';
import { attendeeBrief, concernsAttendee, meetingAttendees } from '../../../../shared/meetings/attendees.ts';
import { viewFor } from '../../../../shared/view/reader.ts';
import type { SnapshotChange } from '../../../../shared/view/snapshot.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

const stakeholder = (id: string) => {
  const file = fixtureData();
  return { file, person: file.stakeholders.find((s) => s.id === id)! };
};

const change = (id: string, entry: Partial<SnapshotChange['entry']>): SnapshotChange => ({
  id,
  change: 'changed',
  entry: { kind: 'risk', title: 'Something', status: 'open', ...entry },
});

describe('a meeting’s attendees', () => {
  it('are the people on the map, in the meeting’s order, without ids no longer on it', () => {
    const file = fixtureData();
    const meeting = { ...file.meetings[0]!, attendeeIds: ['s-vpe', 's-gone', 's-cfo'] };
    expect(meetingAttendees(file, meeting).map((s) => s.name)).toEqual(['Marcus Oyelaran', 'Dana Whitfield']);
  });
});

describe('what concerns an attendee', () => {
  const { person } = stakeholder('s-sec');

  it('is the overall status, anything naming them, on their topics or behind their expectations', () => {
    expect(concernsAttendee(person, change('prog', { kind: 'program' }))).toBe(true);
    expect(concernsAttendee(person, change('a-x', { kind: 'action', people: ['s-sec'] }))).toBe(true);
    expect(concernsAttendee(person, change('r-x', { topics: ['security'] }))).toBe(true);
    expect(concernsAttendee(person, change('m-pci', { kind: 'milestone' }))).toBe(true);
  });

  it('is not what names someone else on topics they do not follow', () => {
    expect(concernsAttendee(person, change('r-y', { people: ['s-cfo'], topics: ['cost'] }))).toBe(false);
  });
});

describe('an attendee’s brief', () => {
  it('holds their open decisions, the open actions owed to them overdue first, expectations at-risk first', () => {
    const { file, person } = stakeholder('s-cfo');
    const brief = attendeeBrief(viewFor(file, person, FIXTURE_TODAY));
    expect(brief.decisions.every((d) => d.status === 'open' && d.deciderIds.includes('s-cfo'))).toBe(true);
    expect(brief.owed.map((a) => a.id)).toEqual(['a-savings-forecast']);
    expect(brief.expectations[0]?.standing.standing).toBe('at-risk');
  });

  it('leaves out what is internal for an external attendee', () => {
    const { file, person } = stakeholder('s-provider');
    file.actions[0] = { ...file.actions[0]!, owedToIds: ['s-provider'], ...{ internal: true } };
    file.actions[1] = { ...file.actions[1]!, owedToIds: ['s-provider'] };
    const brief = attendeeBrief(viewFor(file, person, FIXTURE_TODAY));
    expect(brief.owed.map((a) => a.id)).toEqual([file.actions[1].id]);
  });

  it('without a report to compare with, brings the wins on their topics since their last update', () => {
    const { file, person } = stakeholder('s-vpe');
    const { news } = attendeeBrief(viewFor(file, person, FIXTURE_TODAY));
    expect(news.compared).toBe(false);
    if (!news.compared)
      expect(news.wins.map((w) => w.title)).toContain('Shadow harness replayed 2M transactions');
  });
});
