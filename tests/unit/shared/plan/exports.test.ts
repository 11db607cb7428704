import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/reports/model.ts';
import { planToCsv } from '../../../../shared/plan/csv.ts';
import { composePlanDoc } from '../../../../shared/plan/document.ts';
import { entryUid, planToIcs } from '../../../../shared/plan/ics.ts';
import { addCommunication, setCommunicationStatus } from '../../../../shared/record/communications.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

const NOW = new Date('2026-11-20T08:00:00Z');

describe('the plan as .ics', () => {
  it('gives an update the same UID for the same person and day, whatever the window', () => {
    const uids = (weeks: number, today: string) =>
      [...planToIcs(fixtureData(), today, weeks, NOW).matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    const eight = uids(8, FIXTURE_TODAY);
    const twelve = uids(12, FIXTURE_TODAY);
    expect(twelve.slice(0, 3)).toEqual(eight.slice(0, 3));
    expect(eight).toContain('prog-payments-update-s-cfo-2026-12-04@liaison');
    // A week later the 4 Dec update is the same event.
    expect(uids(8, '2026-11-27')).toContain('prog-payments-update-s-cfo-2026-12-04@liaison');
  });

  it('has a planned communication under its purpose, and drops it once done', () => {
    const { file, id } = addCommunication(fixtureData(), {
      date: '2026-11-27',
      stakeholderIds: ['s-cfo'],
      purpose: 'Brief the CFO before the budget review',
      channel: 'meeting',
    });
    const ics = planToIcs(file, FIXTURE_TODAY, 8, NOW);
    expect(ics).toContain('SUMMARY:Brief the CFO before the budget review');
    expect(ics).toContain(`UID:prog-payments-communication-${id}@liaison`);
    expect(planToIcs(setCommunicationStatus(file, id, 'done'), FIXTURE_TODAY, 8, NOW)).not.toContain(
      'Brief the CFO',
    );
  });

  it('keeps UIDs well formed when ids hold spaces or symbols', () => {
    const entry = {
      kind: 'meeting' as const,
      date: '2026-11-24',
      time: '10:00',
      meetingId: 'a b@c',
      title: 'x',
      attendeeIds: [],
    };
    expect(entryUid('p 1', entry)).toBe('p=201-meeting-a=20b=40c@liaison');
  });
});

describe('the plan matrix as CSV', () => {
  it('guards cells that a spreadsheet would run as formulas, as the stakeholder export does', () => {
    const file = fixtureData();
    file.stakeholders[0]!.title = '=HYPERLINK("http://evil")';
    const rows = Papa.parse<string[]>(planToCsv(file, FIXTURE_TODAY).replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(1 + file.stakeholders.length);
    expect(rows[1]![1]).toBe(`'=HYPERLINK("http://evil")`);
  });
});

describe('the Word plan as a document tree', () => {
  it('lists at most 40 entries a week, overdue first, and counts the rest in one line', () => {
    const file = fixtureData();
    const template = file.stakeholders[2]!;
    file.stakeholders = Array.from({ length: 60 }, (_, i) => ({
      ...template,
      id: `p${i}`,
      name: `Person ${i}`,
    }));
    file.stakeholders[59]!.lastUpdateAt = '2026-10-01';
    const doc = composePlanDoc(file, FIXTURE_TODAY, 1);
    const list = doc.blocks.find((b) => b.type === 'bullets');
    expect(list?.type === 'bullets' && list.items.length).toBe(40);
    expect(list?.type === 'bullets' && list.items[0]!.runs.map((r) => r.text).join('')).toContain(
      'Overdue: 8 Oct 2026 Send the status update to Person 59',
    );
    expect(doc.subtitle).toBe('The next 1 week from 20 Nov 2026');
    // 60 updates due, Person 59's next one on 26 Nov and the two meetings: 63 entries, 40 listed.
    expect(docText(doc)).toContain('23 more this week, in the Plan screen and the .ics calendar.');
  });

  it('has the matrix, every week and the planned communications, never the notes', () => {
    const { file } = addCommunication(fixtureData(), {
      date: '2026-11-27',
      stakeholderIds: ['s-cfo', 's-ceo'],
      purpose: 'Budget review pre-read',
      channel: 'email',
      template: 'executive-brief',
    });
    const doc = composePlanDoc(file, FIXTURE_TODAY, 4);
    expect(doc.title).toBe('Communication plan');
    const headings = doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings).toEqual([
      'Who hears what',
      'The next 4 weeks',
      'Week 1 · 20 Nov – 26 Nov 2026',
      'Week 2 · 27 Nov – 3 Dec 2026',
      'Week 3 · 4 Dec – 10 Dec 2026',
      'Week 4 · 11 Dec – 17 Dec 2026',
      'Planned communications',
    ]);
    const matrix = doc.blocks.find((b) => b.type === 'table');
    expect(matrix?.type === 'table' && matrix.rows.length).toBe(10);
    const text = docText(doc);
    expect(text).toContain('Budget review pre-read');
    expect(text).toContain('overdue by 4 d');
    for (const s of file.stakeholders) if (s.notes) expect(text).not.toContain(s.notes);
  });
});
