import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '../../../../shared/meetings/import.ts';
import { INVITATION_LIMITS, parseInvitation } from '../../../../shared/meetings/invitation.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../helpers/fixture.ts';
import { largeInvitation } from '../../../helpers/large-invitation.ts';

const options = { timeZone: 'UTC', today: '2026-11-20' };

describe('a large invitation', () => {
  it('imports every one of 20,000 attendees once, each a distinct new stakeholder', () => {
    const parsed = parseInvitation(largeInvitation(20_000), options);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const file = fixtureData();
    const plan = planImport(file, parsed.value.drafts);
    expect(plan.newPeople).toHaveLength(20_000);
    const result = applyImport(file, plan, plan.newPeople);
    const ids = result.meetings[0]?.attendeeIds ?? [];
    expect(new Set(ids).size).toBe(20_000);
    expect(result.file.stakeholders).toHaveLength(file.stakeholders.length + 20_000);
    expect(validateProgramFile(result.file).ok).toBe(true);
  });

  it('keeps an attendee listed twice (in any case) once', () => {
    const text = largeInvitation(3).replace(
      'END:VEVENT',
      'ATTENDEE;CN=Again:mailto:PERSON.1@example.com\r\nEND:VEVENT',
    );
    const parsed = parseInvitation(text, options);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    expect(parsed.value.drafts[0]?.attendees.map((a) => a.email)).toEqual([
      'person.0@example.com',
      'person.1@example.com',
      'person.2@example.com',
    ]);
  });

  it('gives many new people of one name distinct ids in order', () => {
    const lines = Array.from({ length: 4 }, (_, i) => `ATTENDEE;CN=Sam Lee:mailto:sam${i}@example.com`);
    const text = largeInvitation(0).replace('END:VEVENT', `${lines.join('\r\n')}\r\nEND:VEVENT`);
    const parsed = parseInvitation(text, options);
    if (!parsed.ok) throw new Error(parsed.problems.join(' '));
    const file = fixtureData();
    const plan = planImport(file, parsed.value.drafts);
    const added = applyImport(file, plan, plan.newPeople).addedStakeholders.map((s) => s.id);
    expect(added).toEqual(['s-sam-lee', 's-sam-lee-2', 's-sam-lee-3', 's-sam-lee-4']);
  });

  it('refuses more than 100,000 attendees with a line saying the limit, before parsing', () => {
    const result = parseInvitation(largeInvitation(INVITATION_LIMITS.attendees + 1), options);
    expect(result).toEqual({
      ok: false,
      problems: [
        'The invitation has 100,001 attendees; one import holds at most 100,000. Split it into smaller invitations and import each.',
      ],
    });
  });

  it('refuses pasted text with more than 100,000 addresses', () => {
    const text = Array.from({ length: INVITATION_LIMITS.attendees + 1 }, (_, i) => `p${i}@example.com`).join(
      ', ',
    );
    const result = parseInvitation(text, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^The invitation has 100,001 attendees;/);
  });

  it('refuses text over 20 MB, saying its size and the limit', () => {
    const text = `BEGIN:VCALENDAR\r\n${'X-FILLER:'.padEnd(70, 'x')}\r\n`.repeat(300_000);
    const result = parseInvitation(text, options);
    expect(result).toEqual({
      ok: false,
      problems: [
        `The invitation is ${(text.length / 1024 / 1024).toFixed(1)} MB; one import holds at most 20 MB. Split it into smaller invitations and import each.`,
      ],
    });
  });
});
