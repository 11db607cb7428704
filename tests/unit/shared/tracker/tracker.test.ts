import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../../shared/csv/parse.ts';
import {
  guessSource,
  guessTrackerMapping,
  trackerMappingProblems,
} from '../../../../shared/tracker/columns.ts';
import { planTrackerImport, type TrackerSettings } from '../../../../shared/tracker/import.ts';
import { statusPairs } from '../../../../shared/tracker/rows.ts';
import { guessKind, guessStatus, parseTrackerDate } from '../../../../shared/tracker/values.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

const settings = (csv: string, more: Partial<TrackerSettings> = {}): TrackerSettings => ({
  mapping: guessTrackerMapping(parseCsv(csv).headers),
  kinds: {},
  statuses: {},
  source: 'jira',
  today: '2026-11-20',
  ...more,
});
const plan = (csv: string, more: Partial<TrackerSettings> = {}, file = fixtureData()) =>
  planTrackerImport(file, parseCsv(csv), settings(csv, more));

describe('guessing the columns of a tracker export', () => {
  it('reads every Labels column as topics and prefers Issue key over Issue id', () => {
    const headers = [
      'Summary',
      'Issue id',
      'Issue key',
      'Issue Type',
      'Labels',
      'Labels',
      'Component/s',
      'Sprint',
    ];
    expect(guessTrackerMapping(headers)).toEqual([
      'title',
      null,
      'key',
      'type',
      'topics',
      'topics',
      'topics',
      null,
    ]);
    expect(guessSource(headers)).toBe('jira');
  });

  it('knows Linear and GitHub spellings', () => {
    const linear = ['ID', 'Team', 'Title', 'Description', 'Status', 'Assignee', 'Labels', 'Due Date'];
    expect(guessTrackerMapping(linear)).toEqual([
      'key',
      null,
      'title',
      'description',
      'status',
      'assignee',
      'topics',
      'due',
    ]);
    expect(guessSource(linear)).toBe('linear');
    expect(guessSource(['Title', 'URL', 'Assignees', 'Status', 'Number'])).toBe('github');
  });

  it('refuses a mapping with no key or two columns for one field', () => {
    expect(trackerMappingProblems(['Summary', 'Title'], ['title', 'title'])).toEqual([
      '"Summary" and "Title" both fill Summary.',
      'No column holds the tracker’s key (Issue key, Key or ID): items could not be matched again.',
    ]);
  });
});

describe('reading tracker values', () => {
  it('turns types into kinds', () => {
    expect(['Epic', 'milestone', 'Risk', 'Dependency', 'Story', 'Bug', ''].map(guessKind)).toEqual([
      'milestone',
      'milestone',
      'risk',
      'dependency',
      'action',
      'action',
      'action',
    ]);
  });

  it('maps tracker statuses to each kind’s own', () => {
    expect(guessStatus('milestone', 'In Progress')).toBe('on-track');
    expect(guessStatus('risk', 'In Progress')).toBe('mitigating');
    expect(guessStatus('dependency', 'Blocked')).toBe('blocked');
    expect(guessStatus('action', "Won't Do")).toBe('done');
    expect(guessStatus('risk', 'Closed')).toBe('closed');
    expect(guessStatus('milestone', 'Selected for Development')).toBe('planned');
  });

  it('reads the dates trackers write and refuses day/month guesses', () => {
    expect(parseTrackerDate('15/Jan/27 11:59 PM')).toEqual({ ok: true, date: '2027-01-15' });
    expect(parseTrackerDate('2026-12-01T00:00:00.000Z')).toEqual({ ok: true, date: '2026-12-01' });
    expect(parseTrackerDate('Dec 3, 2026')).toEqual({ ok: true, date: '2026-12-03' });
    expect(parseTrackerDate('31 Feb 2027').ok).toBe(false);
    expect(parseTrackerDate('01/02/2027')).toEqual({
      ok: false,
      message: '"01/02/2027" is not a date Liaison can read (use YYYY-MM-DD or 15/Jan/26)',
    });
  });
});

describe('planning a tracker import', () => {
  const CSV =
    'Key,Type,Summary,Status,Due date,Assignee,Description\nOPS-1,Epic,Go live,In Progress,2027-03-01,,Flip DNS\n';

  it('never overwrites the business phrasing, and updates the technical text, title and status', () => {
    const first = plan(CSV).file;
    const withBusiness = {
      ...first,
      milestones: first.milestones.map((m) =>
        m.externalKey === 'OPS-1' ? { ...m, business: 'Customers move to the new checkout' } : m,
      ),
    };
    const again = plan(
      CSV.replace('Go live,In Progress', 'Go-live,Done').replace('Flip DNS', 'Flip DNS and TTL'),
      {},
      withBusiness,
    );
    const m = again.file.milestones.find((x) => x.externalKey === 'OPS-1');
    expect(m).toMatchObject({
      title: 'Go-live',
      status: 'done',
      technical: 'Flip DNS and TTL',
      business: 'Customers move to the new checkout',
    });
    expect(again.updated[0]?.fields).toEqual(['title', 'status', 'technical']);
  });

  it('matches on the key per kind: the same key as a risk is another item', () => {
    const first = plan(CSV).file;
    const risk = plan('Key,Type,Summary\nOPS-1,Risk,Go live might slip\n', {}, first);
    expect(risk.added.map((a) => a.kind)).toEqual(['risk']);
    expect(validateProgramFile(risk.file).ok).toBe(true);
  });

  it('rejects a second row with the same key, and a start after the due date, naming the row', () => {
    const out = plan(
      'Key,Type,Summary,Start date,Due date\nA-1,Task,One,,\nA-1,Task,Again,,\nA-2,Epic,Late,2027-02-01,2027-01-01\n',
    );
    expect(out.added.map((a) => a.key)).toEqual(['A-1']);
    expect(out.rejected.map((r) => [r.row, r.problems[0]?.message])).toEqual([
      [3, 'Key: "A-1" is the same action as row 2'],
      [4, 'Start date 1 Feb 2027 is after Due date 1 Jan 2027'],
    ]);
  });

  it('takes the owner the user chose for an unknown assignee', () => {
    const csv = 'Key,Type,Summary,Assignee\nB-1,Task,Do it,Jordan Blake\n';
    expect(plan(csv).unknownAssignees).toEqual([
      { row: 2, key: 'B-1', name: 'Jordan Blake', ownerId: 's-cfo' },
    ]);
    const chosen = plan(csv, { owners: { 'Jordan Blake': 's-em' } });
    expect(chosen.unknownAssignees).toEqual([{ row: 2, key: 'B-1', name: 'Jordan Blake', ownerId: 's-em' }]);
    expect(chosen.file.actions.find((a) => a.externalKey === 'B-1')?.ownerId).toBe('s-em');
  });

  it('uses the kinds and statuses the user chose in the mapping step', () => {
    const csv = 'Key,Type,Summary,Status\nC-1,Initiative,Payments v2,Parked\n';
    const table = parseCsv(csv);
    const kinds = { Initiative: 'dependency' as const };
    expect(statusPairs(table, settings(csv).mapping, kinds)).toEqual([
      { kind: 'dependency', value: 'Parked' },
    ]);
    const out = plan(csv, { kinds, statuses: { dependency: { Parked: 'blocked' } } });
    expect(out.file.dependencies.find((d) => d.externalKey === 'C-1')?.status).toBe('blocked');
  });

  it('moves a planned milestone that nobody was promised without inventing a baseline', () => {
    const first = plan('Key,Type,Summary,Status,Due date\nD-1,Epic,Pilot,To Do,2027-01-10\n').file;
    const moved = plan('Key,Type,Summary,Status,Due date\nD-1,Epic,Pilot,To Do,2027-01-20\n', {}, first);
    const m = moved.file.milestones.find((x) => x.externalKey === 'D-1');
    expect(m?.window.likely).toBe('2027-01-20');
    expect(m?.baseline).toBeUndefined();
    expect(moved.moved).toEqual([]);
  });
});
