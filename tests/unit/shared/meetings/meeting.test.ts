import { describe, expect, it } from 'vitest';
import {
  addMeeting,
  meetingFieldProblems,
  meetingsInOrder,
  removeMeeting,
  updateMeeting,
} from '../../../../shared/meetings/meeting.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

describe('meetings', () => {
  it('lists upcoming meetings soonest first, then past ones latest first', () => {
    const file = fixtureData();
    file.meetings.push(
      { id: 'mt-old', title: 'Old', start: '2026-10-01T10:00', attendeeIds: [], agenda: [] },
      { id: 'mt-older', title: 'Older', start: '2026-09-01T10:00', attendeeIds: [], agenda: [] },
      { id: 'mt-today', title: 'Today', start: '2026-11-20T08:00', attendeeIds: [], agenda: [] },
    );
    const { upcoming, past } = meetingsInOrder(file.meetings, '2026-11-20');
    expect(upcoming.map((m) => m.id)).toEqual(['mt-today', 'mt-data-sync', 'mt-steerco']);
    expect(past.map((m) => m.id)).toEqual(['mt-old', 'mt-older']);
  });

  it('creates, edits and removes a meeting, keeping its checklist through an edit', () => {
    const file = fixtureData();
    const fields = {
      title: ' Budget review ',
      start: '2026-12-01T14:00',
      attendeeIds: ['s-cfo', 's-cfo'],
      agenda: ['Forecast', ' '],
    };
    const added = addMeeting(file, fields);
    expect(added.id).toBe('mt-budget-review');
    expect(added.file.meetings.at(-1)).toEqual({
      id: 'mt-budget-review',
      title: 'Budget review',
      start: '2026-12-01T14:00',
      attendeeIds: ['s-cfo'],
      agenda: ['Forecast'],
    });
    expect(validateProgramFile(added.file).ok).toBe(true);
    const withList = { ...added.file, meetings: added.file.meetings.map((m) => ({ ...m, checklist: [] })) };
    const edited = updateMeeting(withList, 'mt-budget-review', { ...fields, title: 'Budget and forecast' });
    expect(edited.meetings.at(-1)).toMatchObject({ title: 'Budget and forecast', checklist: [] });
    expect(removeMeeting(edited, 'mt-budget-review').meetings.map((m) => m.id)).toEqual([
      'mt-steerco',
      'mt-data-sync',
    ]);
  });

  it('says which fields stop a meeting from being saved', () => {
    expect(
      meetingFieldProblems(
        { title: '', start: '2026-12-01', attendeeIds: ['s-who'], agenda: [] },
        fixtureData(),
      ),
    ).toEqual({
      title: 'Give the meeting a title.',
      start: 'Enter the date and time it starts.',
      attendeeIds: 'Not on the map: s-who.',
    });
  });
});
