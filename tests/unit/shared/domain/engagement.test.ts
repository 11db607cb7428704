import { describe, expect, it } from 'vitest';
import { concernedLately, engagementOf, noContactFor } from '../../../../shared/domain/engagement.ts';
import { newStakeholder } from '../../../../shared/record/stakeholders.ts';
import type { Interaction, Stakeholder } from '../../../../shared/schema/program.ts';

const TODAY = '2026-12-01';
const person = (
  id: string,
  log: Array<[string, Interaction['sentiment']]>,
  lastUpdateAt?: string,
): Stakeholder => ({
  ...newStakeholder(id, { name: id.toUpperCase() }),
  interactions: log.map(([date, sentiment]) => ({
    date,
    channel: 'meeting',
    summary: `${sentiment} on ${date}`,
    sentiment,
  })),
  ...(lastUpdateAt ? { lastUpdateAt } : {}),
});

describe('engagement over the last 90 days', () => {
  it('keeps the window’s interactions in date order and reads the direction', () => {
    const s = person('a', [
      ['2026-11-25', 'concerned'],
      ['2026-08-01', 'positive'], // older than 90 days
      ['2026-10-01', 'positive'],
      ['2026-11-10', 'negative'],
      ['2026-12-05', 'positive'], // after today
    ]);
    const e = engagementOf(s, TODAY);
    expect(e.points.map((p) => [p.date, p.sentiment])).toEqual([
      ['2026-10-01', 'positive'],
      ['2026-11-10', 'negative'],
      ['2026-11-25', 'concerned'],
    ]);
    expect(e.trend).toBe('worsening');
    expect(
      engagementOf(
        person('b', [
          ['2026-11-01', 'concerned'],
          ['2026-11-20', 'positive'],
        ]),
        TODAY,
      ).trend,
    ).toBe('improving');
    expect(engagementOf(person('c', [['2026-11-01', 'neutral']]), TODAY).trend).toBeNull();
  });
});

describe('who needs attention', () => {
  it('lists people whose latest interaction of the last 30 days was concerned or negative', () => {
    const people = [
      person('heard', [
        ['2026-11-20', 'negative'],
        ['2026-11-28', 'positive'],
      ]),
      person('worried', [['2026-11-25', 'concerned']]),
      person('angry', [['2026-11-15', 'negative']]),
      person('old', [['2026-10-01', 'negative']]),
    ];
    expect(concernedLately(people, TODAY).map((c) => [c.id, c.sentiment])).toEqual([
      ['angry', 'negative'],
      ['worried', 'concerned'],
    ]);
  });

  it('lists people with no contact for 30 days or more, counting updates sent, never-contacted first', () => {
    const people = [
      person('recent', [['2026-11-20', 'neutral']]),
      person('updated', [['2026-09-01', 'neutral']], '2026-11-15'),
      person('quiet', [['2026-10-31', 'neutral']]),
      person('never', []),
      person('quieter', [], '2026-09-01'),
    ];
    expect(noContactFor(people, TODAY).map((s) => [s.id, s.days])).toEqual([
      ['never', null],
      ['quieter', 91],
      ['quiet', 31],
    ]);
  });
});
