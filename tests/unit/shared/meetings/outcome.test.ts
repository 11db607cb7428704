import { describe, expect, it } from 'vitest';
import {
  canRecordOutcome,
  outcomeProblems,
  recordOutcome,
  type AttendeeOutcome,
} from '../../../../shared/meetings/outcome.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

// The steering committee meets on 24 Nov 2026; its outcome is recorded from that day on.
const after = '2026-11-24';

function outcome(attendeeId: string, extra: Partial<AttendeeOutcome> = {}): AttendeeOutcome {
  return {
    attendeeId,
    summary: '',
    sentiment: 'neutral',
    expectationTexts: {},
    newExpectation: '',
    actions: [],
    ...extra,
  };
}

const person = (file: ProgramFile, id: string) => file.stakeholders.find((s) => s.id === id)!;

describe('recording what happened in a meeting', () => {
  it('records an interaction on the meeting’s date and counts the attendee as updated then', () => {
    const file = fixtureData();
    const next = recordOutcome(
      file,
      'mt-steerco',
      [outcome('s-cfo', { summary: 'Accepted the December PCI slot.', sentiment: 'positive' })],
      after,
    );
    const cfo = person(next, 's-cfo');
    expect(cfo.interactions.at(-1)).toEqual({
      date: '2026-11-24',
      channel: 'meeting',
      summary: 'Accepted the December PCI slot.',
      sentiment: 'positive',
    });
    expect(cfo.lastUpdateAt).toBe('2026-11-24');
    // Only the attendees recorded count as updated.
    expect(person(next, 's-ceo').lastUpdateAt).toBe(person(file, 's-ceo').lastUpdateAt);
    expect(validateProgramFile(next).ok).toBe(true);
  });

  it('never moves a later update back to the meeting’s date', () => {
    const file = fixtureData();
    person(file, 's-cfo').lastUpdateAt = '2026-11-30';
    const next = recordOutcome(file, 'mt-steerco', [outcome('s-cfo')], '2026-12-01');
    expect(person(next, 's-cfo').lastUpdateAt).toBe('2026-11-30');
    expect(person(next, 's-cfo').interactions.at(-1)?.summary).toBe('Attended "Monthly steering committee".');
  });

  it('creates the actions we now owe the attendee, and rewords or adds expectations', () => {
    const file = fixtureData();
    const next = recordOutcome(
      file,
      'mt-steerco',
      [
        outcome('s-sec', {
          expectationTexts: {
            'e-sec-review': 'Sees the vault design two weeks before the assessor',
            'e-sec-pci': 'PCI DSS 4.0 attestation before any live traffic',
          },
          newExpectation: 'A named owner for every PCI finding',
          actions: [{ title: 'Send the PCI findings owner list', ownerId: 's-em', due: '2026-11-27' }],
        }),
      ],
      after,
    );
    expect(next.actions.at(-1)).toEqual({
      id: 'a-send-the-pci-findings-owner-list',
      title: 'Send the PCI findings owner list',
      ownerId: 's-em',
      due: '2026-11-27',
      status: 'open',
      owedToIds: ['s-sec'],
    });
    expect(person(next, 's-sec').expectations.map((e) => e.text)).toEqual([
      'PCI DSS 4.0 attestation before any live traffic',
      'Sees the vault design two weeks before the assessor',
      'A named owner for every PCI finding',
    ]);
    // The reworded expectation keeps its id and links.
    expect(person(next, 's-sec').expectations[1]).toMatchObject({
      id: 'e-sec-review',
      linkedIds: person(file, 's-sec').expectations[1]!.linkedIds,
    });
    expect(validateProgramFile(next).ok).toBe(true);
  });

  it('records the same outcome once, however often it is submitted', () => {
    const file = fixtureData();
    const once = recordOutcome(file, 'mt-steerco', [outcome('s-vpe', { summary: 'Fine' })], after);
    const twice = recordOutcome(once, 'mt-steerco', [outcome('s-vpe', { summary: 'Fine' })], after);
    expect(person(twice, 's-vpe').interactions).toHaveLength(
      (person(file, 's-vpe').interactions ?? []).length + 1,
    );
  });
});

describe('what is refused, and why', () => {
  it('refuses an outcome before the meeting has happened', () => {
    const meeting = fixtureData().meetings[0]!;
    expect(canRecordOutcome(meeting, '2026-11-23')).toBe(false);
    expect(canRecordOutcome(meeting, '2026-11-24')).toBe(true);
    expect(outcomeProblems(fixtureData(), 'mt-steerco', [outcome('s-cfo')], '2026-11-20')).toEqual([
      '"Monthly steering committee" has not happened yet: record its outcome on or after 2026-11-24.',
    ]);
  });

  it('names the attendee and the field of each problem, and saves nothing', () => {
    const file = fixtureData();
    const bad = [
      outcome('s-cfo', {
        expectationTexts: { 'e-cfo-fees': '  ', 'e-sec-pci': 'not hers' },
        actions: [{ title: '', ownerId: 's-nobody', due: '27/11/2026' }],
      }),
      outcome('s-gone'),
    ];
    expect(outcomeProblems(file, 'mt-steerco', bad, after)).toEqual([
      'Dana Whitfield: an expectation cannot be empty (remove it on the Stakeholders screen).',
      'Dana Whitfield: expectation "e-sec-pci" is not theirs.',
      'Dana Whitfield, action 1: say what we will do.',
      'Dana Whitfield, action 1: choose who owns it.',
      'Dana Whitfield, action 1: the due date must be a date as YYYY-MM-DD.',
      '"s-gone" is not on the map any more.',
    ]);
    expect(() => recordOutcome(file, 'mt-steerco', bad, after)).toThrow('Dana Whitfield');
  });
});
