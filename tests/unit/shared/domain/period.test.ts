import { describe, expect, it } from 'vitest';
import { nextPeriod, stalePeriodMessage, startNextPeriod } from '../../../../shared/domain/period.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

describe('the reporting period', () => {
  const period = { start: '2026-11-09', end: '2026-11-20' };

  it('is stale only after its last day', () => {
    expect(stalePeriodMessage(period, '2026-11-20')).toBeNull();
    expect(stalePeriodMessage(period, '2026-11-09')).toBeNull();
    expect(stalePeriodMessage(period, '2026-11-21')).toBe('The reporting period ended on 20 Nov 2026.');
    expect(stalePeriodMessage(period, '2027-01-05')).toBe('The reporting period ended on 20 Nov 2026.');
  });

  it('moves forward by its own length, both ends counted', () => {
    expect(nextPeriod(period)).toEqual({ start: '2026-11-21', end: '2026-12-02' });
    expect(nextPeriod({ start: '2026-12-01', end: '2026-12-31' })).toEqual({
      start: '2027-01-01',
      end: '2027-01-31',
    });
    expect(nextPeriod({ start: '2028-02-29', end: '2028-02-29' })).toEqual({
      start: '2028-03-01',
      end: '2028-03-01',
    });
  });

  it('starting the next period changes only the period and keeps unknown fields', () => {
    const file = fixtureData();
    const withExtra = {
      ...file,
      program: { ...file.program, period: { ...file.program.period, label: 'S23' } },
    };
    const next = startNextPeriod(withExtra);
    expect(next.program.period).toEqual({ start: '2026-11-21', end: '2026-12-02', label: 'S23' });
    expect({ ...next, program: { ...next.program, period: withExtra.program.period } }).toEqual(withExtra);
    expect(withExtra.program.period.start).toBe('2026-11-09');
  });
});
