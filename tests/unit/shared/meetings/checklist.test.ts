import { describe, expect, it } from 'vitest';
import {
  deriveChecklist,
  mergeChecklist,
  prepareMeeting,
  setItemDone,
} from '../../../../shared/meetings/checklist.ts';
import { takeSnapshot } from '../../../../shared/view/snapshot.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

const today = FIXTURE_TODAY;
const texts = (file: ProgramFile, meetingId = 'mt-steerco', person?: string) =>
  deriveChecklist(file, meetingId, today)
    .filter((i) => person === undefined || i.attendeeId === person)
    .map((i) => i.text);

describe('deriving the checklist (steering committee, 2026-11-20)', () => {
  it('puts an attendee’s at-risk expectations first, whatever their order on the map', () => {
    const file = fixtureData();
    const cfo = file.stakeholders.find((s) => s.id === 's-cfo')!;
    cfo.expectations.push(cfo.expectations.shift()!); // the at-risk one last in the record
    const items = deriveChecklist(file, 'mt-steerco', today).filter(
      (i) => i.attendeeId === 's-cfo' && i.kind === 'expectation',
    );
    expect(items.map((i) => i.sourceId)).toEqual(['e-cfo-fees', 'e-cfo-peak', 'e-cfo-budget']);
    expect(items[0]?.text).toBe(
      'Dana Whitfield expects "Fee savings start in Q1 FY27" — At risk: milestone "PCI DSS 4.0 assessment passed" is at-risk; "10% of live traffic on the new provider" depends on it',
    );
  });

  it('gives each attendee their expectations, decisions, what we owe them and what changed; the agenda last', () => {
    const file = fixtureData();
    expect(texts(file, 'mt-steerco', 's-cfo').slice(3)).toEqual([
      'Ask Dana Whitfield to decide: How long do we keep the legacy gateway as a fallback after cutover? (needed by 15 Jan 2027; we recommend "Keep it 30 days")',
      'We owe Dana Whitfield: Send the month-by-month fee savings forecast (Priya Nandakumar, due 19 Nov 2026, overdue)',
    ]);
    expect(texts(file, 'mt-steerco', 's-vpe')).toContain(
      'Tell Marcus Oyelaran: New: win "Shadow harness replayed 2M transactions" (18 Nov 2026)',
    );
    expect(texts(file).slice(-3)).toEqual([
      'Agenda: Milestone status',
      'Agenda: Decision: legacy gateway fallback',
      'Agenda: Budget forecast',
    ]);
  });

  it('lists what we owe overdue first', () => {
    const file = fixtureData();
    file.actions.push({
      id: 'a-later',
      title: 'A later promise',
      ownerId: 's-em',
      due: '2026-11-21',
      status: 'open',
      owedToIds: ['s-cfo'],
    });
    file.actions.unshift({
      id: 'a-older',
      title: 'An older promise',
      ownerId: 's-em',
      due: '2026-11-01',
      status: 'open',
      owedToIds: ['s-cfo'],
    });
    const owed = deriveChecklist(file, 'mt-steerco', today).filter(
      (i) => i.attendeeId === 's-cfo' && i.kind === 'action',
    );
    expect(owed.map((i) => i.sourceId)).toEqual(['a-older', 'a-savings-forecast', 'a-later']);
  });

  it('lists the changes on their topics since their last report, when the history has one', () => {
    const file = fixtureData();
    file.reports.push({
      id: 'rep-1',
      generatedAt: '2026-11-10T09:00:00.000Z',
      template: 'executive-brief',
      stakeholderIds: ['s-cfo'],
      fileName: 'x.docx',
      snapshot: takeSnapshot(file),
    });
    const moved = file.milestones.find((m) => m.id === 'm-pci')!;
    moved.status = 'late';
    const changes = deriveChecklist(file, 'mt-steerco', today).filter(
      (i) => i.attendeeId === 's-cfo' && i.kind === 'change',
    );
    expect(changes.map((c) => [c.id, c.text])).toEqual([
      [
        'mt-steerco:s-cfo:change:m-pci',
        'Tell Dana Whitfield: Milestone "PCI DSS 4.0 assessment passed": now Late (was At risk)',
      ],
    ]);
  });

  it('leaves anything internal out of an external attendee’s items', () => {
    const file = fixtureData();
    file.actions.push(
      {
        id: 'a-open',
        title: 'Share the ramp plan',
        ownerId: 's-em',
        due: '2026-12-01',
        status: 'open',
        owedToIds: ['s-provider'],
      },
      {
        id: 'a-secret',
        title: 'Renegotiate their fees',
        ownerId: 's-em',
        due: '2026-12-01',
        status: 'open',
        owedToIds: ['s-provider'],
        internal: true,
      },
    );
    file.meetings.push({
      id: 'mt-p',
      title: 'Provider sync',
      start: '2026-11-25T10:00',
      attendeeIds: ['s-provider'],
      agenda: [],
    });
    const all = texts(file, 'mt-p').join('\n');
    expect(all).toContain('Share the ramp plan');
    expect(all).not.toContain('Renegotiate');
  });

  it('gives every item an id unique in the file, stable across preparations', () => {
    const file = fixtureData();
    const first = deriveChecklist(file, 'mt-steerco', today).map((i) => i.id);
    expect(new Set(first).size).toBe(first.length);
    expect(deriveChecklist(fixtureData(), 'mt-steerco', today).map((i) => i.id)).toEqual(first);
    // The same person and expectation in another meeting is another item.
    file.meetings[1]!.attendeeIds.push('s-cfo');
    const prepared = prepareMeeting(
      prepareMeeting(file, 'mt-steerco', today).file,
      'mt-data-sync',
      today,
    ).file;
    expect(validateProgramFile(prepared).ok).toBe(true);
  });
});

describe('preparing again', () => {
  it('keeps the ticks of items that still exist, adds what is new and drops what no longer applies', () => {
    const file = fixtureData();
    let prepared = prepareMeeting(file, 'mt-steerco', today).file;
    const items = prepared.meetings[0]!.checklist!;
    const fees = 'mt-steerco:s-cfo:expectation:e-cfo-fees';
    const forecast = 'mt-steerco:s-cfo:action:a-savings-forecast';
    prepared = setItemDone(setItemDone(prepared, 'mt-steerco', fees, true), 'mt-steerco', forecast, true);

    // Since then: the forecast was sent, a new action is owed to the CFO, the PCI milestone is done.
    prepared.actions.find((a) => a.id === 'a-savings-forecast')!.status = 'done';
    prepared.actions.push({
      id: 'a-new',
      title: 'Share the Q1 plan',
      ownerId: 's-em',
      due: '2026-12-02',
      status: 'open',
      owedToIds: ['s-cfo'],
    });
    const again = prepareMeeting(prepared, 'mt-steerco', today);
    const after = again.file.meetings[0]!.checklist!;

    expect(after.find((c) => c.id === fees)?.done).toBe(true);
    expect(after.find((c) => c.id === forecast)).toBeUndefined();
    expect(after.find((c) => c.id === 'mt-steerco:s-cfo:action:a-new')).toMatchObject({ done: false });
    expect(again.summary).toEqual({
      added: 1,
      ticksKept: 1,
      removed: [expect.objectContaining({ id: forecast, done: true })],
    });
    expect(after).toHaveLength(items.length);
    expect(after.filter((c) => c.done)).toHaveLength(1);
  });

  it('brings the text of a kept item up to date', () => {
    const merged = mergeChecklist(
      [{ id: 'x', text: 'old words', done: true, sourceId: 'e1' }],
      [{ id: 'x', text: 'new words', done: false, sourceId: 'e1', kind: 'expectation', attendeeId: 's1' }],
    );
    expect(merged.checklist).toEqual([
      { id: 'x', text: 'new words', done: true, sourceId: 'e1', kind: 'expectation', attendeeId: 's1' },
    ]);
  });

  it('drops an attendee’s items when they leave the meeting', () => {
    const file = prepareMeeting(fixtureData(), 'mt-steerco', today).file;
    file.meetings[0]!.attendeeIds = file.meetings[0]!.attendeeIds.filter((id) => id !== 's-sec');
    const again = prepareMeeting(file, 'mt-steerco', today);
    expect(again.file.meetings[0]!.checklist!.some((c) => c.text.includes('Aisha'))).toBe(false);
    expect(again.summary.removed.length).toBeGreaterThan(0);
  });

  it('refuses a meeting that is not in the file', () => {
    expect(() => prepareMeeting(fixtureData(), 'mt-nope', today)).toThrow('No meeting with id "mt-nope"');
  });
});
