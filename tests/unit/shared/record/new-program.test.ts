import { describe, expect, it } from 'vitest';
import { emptyProgram, newProgramProblems, programPeriod } from '../../../../shared/record/new-program.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';

describe('an empty program', () => {
  it('is valid, holds nothing but its sponsor, and reads as green with nothing written yet', () => {
    const file = emptyProgram({ name: '  Data Lakehouse ', sponsor: 'Ana Lima' }, '2026-12-01');
    expect(validateProgramFile(file).ok).toBe(true);
    expect(file.program.name).toBe('Data Lakehouse');
    expect(file.stakeholders).toHaveLength(1);
    expect(file.stakeholders[0]).toMatchObject({ name: 'Ana Lima', group: 'sponsor', influence: 'high' });
    expect([file.milestones, file.risks, file.decisions, file.actions, file.meetings]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('fills a missing end of the period with two weeks from the other end', () => {
    expect(programPeriod({ name: 'x', start: '2026-12-01' }, '2026-01-01')).toEqual({
      start: '2026-12-01',
      end: '2026-12-14',
    });
    expect(programPeriod({ name: 'x', end: '2026-12-14' }, '2026-01-01')).toEqual({
      start: '2026-12-01',
      end: '2026-12-14',
    });
    expect(programPeriod({ name: 'x' }, '2026-02-20')).toEqual({ start: '2026-02-20', end: '2026-03-05' });
  });

  it('names what is wrong: no name, a day that does not exist, a period backwards', () => {
    expect(newProgramProblems({ name: ' ', start: '2026-02-30' })).toEqual([
      'The program needs a name.',
      'The period\'s start must be a date as YYYY-MM-DD, not "2026-02-30".',
    ]);
    expect(() => emptyProgram({ name: 'x', start: '2026-12-02', end: '2026-12-01' }, '2026-12-01')).toThrow(
      'The period ends (2026-12-01) before it starts (2026-12-02).',
    );
  });
});
