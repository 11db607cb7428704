import { describe, expect, it } from 'vitest';
import { deriveChecklist, prepareMeeting, setItemDone } from '../../../../shared/meetings/checklist.ts';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import type { ReportDoc } from '../../../../shared/reports/model.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';
import { cellText, docText, firstTable, headings, rowTitles, section, textOf } from './doc-query.ts';

const today = FIXTURE_TODAY;
const CFO = 'Dana Whitfield, Chief Financial Officer';

/** The blocks of one attendee's part (between their Heading 2 and the next). */
function attendee(doc: ReportDoc, heading: string): ReportDoc {
  return { ...doc, blocks: section(doc, heading) };
}

function steerco(file: ProgramFile = fixtureData()): ReportDoc {
  return composeChecklist(file, 'mt-steerco', { today }).doc;
}

/** The headings of an attendee's parts (Heading 3, beside the decisions' titles). */
const PARTS = [
  'What they expect',
  'Decisions needed from them',
  'What we owe them',
  'Changed since their last update',
  'How they like to hear from us',
];

describe('steering committee checklist (mt-steerco), 2026-11-20', () => {
  const file = fixtureData();
  const doc = steerco(file);

  it('has an overview, one part per attendee and the agenda last', () => {
    expect(doc.template).toBe('meeting-checklist');
    expect(doc.reader).toEqual({ id: 'mt-steerco', name: 'Monthly steering committee' });
    expect(doc.subtitle).toBe('Monthly steering committee · 24 Nov 2026 at 15:00');
    // Word's navigation pane: Heading 1 per section, Heading 2 per attendee, Heading 3 per part.
    expect(headings(doc, 1)).toEqual(['Attendees', 'Agenda']);
    expect(headings(doc, 2).slice(0, 4)).toEqual([
      CFO,
      'Helen Park, Chief Executive Officer',
      'Marcus Oyelaran, VP Engineering',
      'Aisha Rahman, Head of Security & Compliance',
    ]);
    const agenda = section(doc, 'Agenda')[0];
    expect(agenda).toEqual({
      type: 'bullets',
      ordered: true,
      items: [
        { runs: [{ text: '☐ ' }, { text: 'Milestone status' }] },
        { runs: [{ text: '☐ ' }, { text: 'Decision: legacy gateway fallback' }] },
        { runs: [{ text: '☐ ' }, { text: 'Budget forecast' }] },
      ],
    });
  });

  it('puts a box before every item to tick: expectations, decisions, what we owe, agenda', () => {
    const cfo = attendee(doc, CFO);
    for (const title of ['What they expect', 'What we owe them']) {
      const rows = firstTable(section(cfo, title)).rows;
      expect(
        rows.every((r) => cellText(r[0]).startsWith('☐ ')),
        title,
      ).toBe(true);
    }
    // Each decision's title is a Heading 3 with its box; the parts' own headings have none.
    const decisions = headings(doc, 3).filter((h) => !PARTS.some((part) => h.startsWith(part)));
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((h) => h.startsWith('☐ '))).toBe(true);
    const changes = section(attendee(doc, 'Marcus Oyelaran, VP Engineering'), 'Changed since');
    for (const block of changes)
      if (block.type === 'bullets') expect(block.items.every((i) => i.runs[0]?.text === '☐ ')).toBe(true);
    expect(headings(doc, 3)).toContain(
      '☐ How long do we keep the legacy gateway as a fallback after cutover?',
    );
  });

  it('ticks (☑) what the prepared checklist has done, and leaves the rest boxed (☐)', () => {
    const prepared = prepareMeeting(fixtureData(), 'mt-steerco', today).file;
    const items = prepared.meetings.find((m) => m.id === 'mt-steerco')!.checklist!;
    const expectation = fixtureData().stakeholders.find((s) => s.id === 's-cfo')!.expectations[0]!;
    const item = items.find((i) => i.sourceId === expectation.id)!;
    const decision = items.find((i) => i.sourceId === 'd-fallback')!;
    let ticked = setItemDone(prepared, 'mt-steerco', item.id, true);
    ticked = setItemDone(ticked, 'mt-steerco', decision.id, true);
    const cfo = attendee(steerco(ticked), CFO);
    const rows = firstTable(section(cfo, 'What they expect')).rows.map((r) => cellText(r[0]));
    expect(rows.filter((r) => r.startsWith('☑ '))).toEqual([`☑ ${expectation.text}`]);
    expect(rows.filter((r) => r.startsWith('☐ '))).toHaveLength(rows.length - 1);
    expect(headings(cfo, 3)).toContain(
      '☑ How long do we keep the legacy gateway as a fallback after cutover?',
    );
    // Unprepared, every box is empty.
    expect(textOf(attendee(steerco(), CFO).blocks)).not.toContain('☑');
  });

  it('gives each attendee the five parts in order', () => {
    expect(headings(attendee(doc, CFO), 3).filter((h) => !/^[☐☑] /.test(h))).toEqual([
      'What they expect',
      'Decisions needed from them',
      'What we owe them',
      'Changed since their last update (6 Nov 2026)',
      'How they like to hear from us',
    ]);
  });

  it('puts at-risk expectations first, with the cause', () => {
    const copy = fixtureData();
    const cfo = copy.stakeholders.find((s) => s.id === 's-cfo')!;
    cfo.expectations.push(cfo.expectations.shift()!); // the at-risk one last in the record
    const table = firstTable(section(steerco(copy), 'What they expect'));
    expect(rowTitles(table)).toEqual([
      'Fee savings start in Q1 FY27',
      'No disruption to checkout during the holiday peak',
      'Spend stays within the approved $1.2M',
    ]);
    expect(table.rows[0]?.[1]?.tone).toBe('amber');
    expect(cellText(table.rows[0]?.[1])).toContain('milestone "PCI DSS 4.0 assessment passed" is at-risk');
  });

  it('lists the decisions needed from her with every option and the recommendation', () => {
    // The decisions follow their part's heading, each under a Heading 3 of its own.
    const cfo = attendee(doc, CFO);
    const at = (text: string) => cfo.blocks.findIndex((b) => b.type === 'heading' && b.text === text);
    const part = textOf(cfo.blocks.slice(at('Decisions needed from them'), at('What we owe them')));
    expect(part).toContain('How long do we keep the legacy gateway as a fallback after cutover?');
    expect(part).toContain('Keep it 30 days · recommended');
    expect(part).toContain('Retire it at cutover');
  });

  it('puts the overdue savings forecast first among the open actions owed to the CFO', () => {
    const copy = fixtureData();
    copy.actions.unshift(
      {
        id: 'a-later',
        title: 'Walk through the Q1 savings model',
        ownerId: 's-em',
        due: '2026-11-21',
        status: 'open',
        owedToIds: ['s-cfo'],
      },
      {
        id: 'a-done',
        title: 'Send the signed contract summary',
        ownerId: 's-legal',
        due: '2026-11-01',
        status: 'done',
        owedToIds: ['s-cfo'],
      },
    );
    const owed = firstTable(section(steerco(copy), 'What we owe them'));
    expect(rowTitles(owed)).toEqual([
      'Send the month-by-month fee savings forecast',
      'Walk through the Q1 savings model',
    ]);
    expect(cellText(owed.rows[0]?.[2])).toBe('19 Nov 2026\nOverdue');
    expect(owed.rows[0]?.[2]?.tone).toBe('red');
  });

  it('says how each attendee likes to hear from us, and their stance', () => {
    const prefs = textOf(section(doc, 'How they like to hear from us'));
    expect(prefs).toContain('Stance: Supporter; influence high, interest high (manage closely)');
    expect(prefs).toContain(
      'Prefers: executive brief, business language, headline detail, by email, every two weeks',
    );
    expect(prefs).toContain('Topics: cost, timeline, compliance');
  });

  it('never contains anyone’s notes', () => {
    const text = docText(doc);
    for (const s of file.stakeholders) if (s.notes) expect(text).not.toContain(s.notes);
  });

  it('lists what changed on each attendee’s topics since the last report to them', () => {
    const copy = fixtureData();
    for (const id of ['s-cfo', 's-ceo']) {
      const { snapshot } = composeReport(copy, id, { today: '2026-11-06' });
      copy.reports.push({
        id: `rep-${id}`,
        generatedAt: '2026-11-06T09:00',
        template: 'executive-brief',
        stakeholderIds: [id],
        fileName: 'x.docx',
        snapshot,
      });
    }
    const pci = copy.milestones.find((m) => m.id === 'm-pci')!;
    pci.window = { ...pci.window, latest: '2027-01-23' };
    const doc2 = steerco(copy);
    const cfoChanges = textOf(section(attendee(doc2, CFO), 'Changed since their last update'));
    expect(cfoChanges).toContain(
      'Milestone "PCI DSS 4.0 assessment passed": dates 1 Dec 2026 – 23 Jan 2027 (were 1 Dec 2026 – 9 Jan 2027)',
    );
    // The CEO's topics are customer impact and cost: the audit's dates are not hers.
    const ceoChanges = textOf(
      section(attendee(doc2, 'Helen Park, Chief Executive Officer'), 'Changed since their last update'),
    );
    expect(ceoChanges).toContain('Nothing on their topics or behind their expectations has changed.');
  });

  it('tells the CFO what changed behind her expectations, off her topics: the 10% phase and the budget', () => {
    const copy = fixtureData();
    copy.stakeholders
      .find((s) => s.id === 's-cfo')!
      .expectations.find((e) => e.id === 'e-cfo-budget')!.linkedIds = ['budget'];
    const { snapshot } = composeReport(copy, 's-cfo', { today: '2026-11-06' });
    copy.reports.push({
      id: 'rep-cfo',
      generatedAt: '2026-11-06T09:00',
      template: 'executive-brief',
      stakeholderIds: ['s-cfo'],
      fileName: 'x.docx',
      snapshot,
    });
    const live10 = copy.milestones.find((m) => m.id === 'm-live10')!;
    live10.window = { ...live10.window, latest: '2027-02-23' };
    copy.program.budget.forecast = 1_300_000;
    const changes = textOf(section(attendee(steerco(copy), CFO), 'Changed since their last update'));
    expect(changes).toContain(
      'Milestone "10% of live traffic on the new provider": dates 12 Jan – 23 Feb 2027',
    );
    expect(changes).toContain('Budget "Budget": forecast $1,300,000 (was forecast $1,260,000)');
    const items = deriveChecklist(copy, 'mt-steerco', today).filter(
      (i) => i.kind === 'change' && i.attendeeId === 's-cfo',
    );
    expect(items.map((i) => i.sourceId)).toEqual(expect.arrayContaining(['m-live10', 'budget']));
  });

  it('without a report to compare with, names the wins on their topics since their last update', () => {
    const vpe = attendee(doc, 'Marcus Oyelaran, VP Engineering');
    const changes = textOf(section(vpe, 'Changed since their last update'));
    expect(changes).toContain('New: win "Shadow harness replayed 2M transactions" (18 Nov 2026)');
    expect(changes).not.toContain('Sandbox integration finished a week early'); // 12 Nov, before 13 Nov
  });

  it('refuses an unknown meeting', () => {
    expect(() => composeChecklist(fixtureData(), 'mt-nope', { today })).toThrow(
      'No meeting with id "mt-nope"',
    );
  });
});
