import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, importProblems, planImport } from '../../../../shared/meetings/import.ts';
import { parseInvitation, type MeetingDraft } from '../../../../shared/meetings/invitation.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

function drafts(name: string): MeetingDraft[] {
  const text = readFileSync(resolve(import.meta.dirname, `../../../fixtures/meetings-${name}.ics`), 'utf8');
  const result = parseInvitation(text, { timeZone: 'Europe/London', today: FIXTURE_TODAY });
  if (!result.ok) throw new Error(result.problems.join(' '));
  return result.value.drafts;
}

describe('matching an invitation to the map', () => {
  it('matches attendees by email whatever the case, and proposes the unknown ones', () => {
    const plan = planImport(fixtureData(), drafts('readiness-review'));
    expect(plan.meetings[0]?.matched.map((m) => m.stakeholderId)).toEqual(['s-cfo', 's-sec']);
    expect(plan.meetings[0]?.unknown.map((u) => u.email)).toEqual(['noah.fischer@example.com']);
    expect(plan.newPeople).toEqual([
      { email: 'noah.fischer@example.com', name: 'Noah Fischer', external: false },
    ]);
    expect(plan.meetings[0]?.existingId).toBeNull();
  });

  it('never proposes the organiser as a new stakeholder (the TPM sending the invitation)', () => {
    const plan = planImport(fixtureData(), drafts('readiness-review'));
    expect(plan.newPeople.map((p) => p.email)).not.toContain('sam.okafor@example.com');
  });

  it('counts an organiser who is on the map as an attendee', () => {
    const plan = planImport(fixtureData(), drafts('outlook-steerco'));
    expect(plan.meetings[0]?.matched.map((m) => m.stakeholderId)).toContain('s-em');
  });

  it('proposes nobody when only the organiser is unknown', () => {
    const [draft] = drafts('readiness-review');
    const organiserUnknown: MeetingDraft = {
      ...draft!,
      attendees: [{ email: 'me@example.com', name: 'Me', organizer: true }],
    };
    const plan = planImport(fixtureData(), [organiserUnknown]);
    expect(plan.newPeople).toEqual([]);
    expect(plan.meetings[0]?.matched).toEqual([]);
  });

  it('suggests external for someone whose domain no internal stakeholder has', () => {
    const plan = planImport(fixtureData(), drafts('outlook-steerco'));
    expect(plan.meetings[0]?.matched.map((m) => m.stakeholderId)).toEqual([
      's-ceo',
      's-vpe',
      's-provider',
      's-em',
    ]);
    expect(plan.newPeople).toEqual([
      { email: 'jonas.berg@provider.example', name: 'Jonas Berg', external: true },
    ]);
  });
});

describe('importing', () => {
  it('adds the meeting and the chosen new stakeholder with neutral defaults; the file stays valid', () => {
    const file = fixtureData();
    const plan = planImport(file, drafts('readiness-review'));
    const result = applyImport(file, plan, plan.newPeople);
    expect(result.meetings).toEqual([
      {
        id: 'mt-q1-savings-readiness-review',
        title: 'Q1 savings readiness review',
        start: '2026-11-20T09:00',
        attendeeIds: ['s-cfo', 's-sec', 's-noah-fischer'],
        updated: false,
      },
    ]);
    expect(result.addedStakeholders).toEqual([
      { id: 's-noah-fischer', name: 'Noah Fischer', email: 'noah.fischer@example.com' },
    ]);
    const noah = result.file.stakeholders.find((s) => s.id === 's-noah-fischer');
    expect(noah).toMatchObject({
      group: 'peer',
      influence: 'medium',
      interest: 'medium',
      stance: 'neutral',
      notes: '',
      expectations: [],
      preferences: { template: 'status-update', language: 'business', cadence: 'monthly' },
    });
    expect(noah?.external).toBeUndefined();
    const meeting = result.file.meetings.find((m) => m.id === 'mt-q1-savings-readiness-review');
    expect(meeting?.agenda).toEqual(['PCI assessment and the 10% ramp', 'Savings forecast']);
    expect(validateProgramFile(result.file).ok).toBe(true);
    // The input is never changed in place.
    expect(file.meetings).toHaveLength(2);
  });

  it('leaves out the unknown attendees the user did not add, and says who', () => {
    const file = fixtureData();
    const plan = planImport(file, drafts('outlook-steerco'));
    const result = applyImport(file, plan, []);
    expect(result.meetings[0]?.attendeeIds).toEqual(['s-ceo', 's-vpe', 's-provider', 's-em']);
    expect(result.leftOut.map((p) => p.email)).toEqual(['jonas.berg@provider.example']);
    expect(result.file.stakeholders).toHaveLength(file.stakeholders.length);
  });

  it('marks a new external attendee external, with a partner update', () => {
    const file = fixtureData();
    const plan = planImport(file, drafts('outlook-steerco'));
    const result = applyImport(file, plan, plan.newPeople);
    const jonas = result.file.stakeholders.find((s) => s.email === 'jonas.berg@provider.example');
    expect(jonas?.external).toBe(true);
    expect(jonas?.preferences.template).toBe('partner-update');
    expect(validateProgramFile(result.file).ok).toBe(true);
  });

  it('updates the meeting when the same invitation is imported again, keeping its checklist', () => {
    const file = fixtureData();
    const first = applyImport(file, planImport(file, drafts('readiness-review')), []);
    const id = first.meetings[0]!.id;
    const withChecklist = {
      ...first.file,
      meetings: first.file.meetings.map((m) =>
        m.id === id ? { ...m, checklist: [{ id: 'c1', text: 'x', done: true, sourceId: '' }] } : m,
      ),
    };
    const [moved] = drafts('readiness-review');
    const again = planImport(withChecklist, [{ ...moved!, start: '2026-11-21T11:00' }]);
    expect(again.meetings[0]?.existingId).toBe(id);
    const second = applyImport(withChecklist, again, again.newPeople);
    expect(second.meetings).toEqual([
      expect.objectContaining({ id, start: '2026-11-21T11:00', updated: true }),
    ]);
    expect(second.file.meetings).toHaveLength(3);
    const meeting = second.file.meetings.find((m) => m.id === id);
    expect(meeting?.checklist).toHaveLength(1);
    expect(meeting?.attendeeIds).toContain('s-noah-fischer');
  });

  it('refuses a draft without a title or start, naming what is missing', () => {
    const file = fixtureData();
    const plan = planImport(file, [{ uid: null, title: ' ', start: '', attendees: [], agenda: [] }]);
    expect(importProblems(plan)).toEqual([
      'The meeting needs a title.',
      'The meeting needs a start (date and time).',
    ]);
    expect(() => applyImport(file, plan, [])).toThrow('The meeting needs a title.');
    const bad = planImport(file, [
      { uid: null, title: 'X', start: '2026-11-31T10:00', attendees: [], agenda: [] },
    ]);
    expect(importProblems(bad)).toEqual([
      'The meeting: "2026-11-31T10:00" is not a start as YYYY-MM-DDTHH:mm.',
    ]);
  });

  it('gives two meetings with one title different ids', () => {
    const file = fixtureData();
    const draft: MeetingDraft = {
      uid: null,
      title: 'Sync',
      start: '2026-11-24T10:00',
      attendees: [],
      agenda: [],
    };
    const result = applyImport(file, planImport(file, [draft, { ...draft, start: '2026-11-25T10:00' }]), []);
    expect(result.meetings.map((m) => m.id)).toEqual(['mt-sync', 'mt-sync-2']);
    expect(validateProgramFile(result.file).ok).toBe(true);
  });
});
