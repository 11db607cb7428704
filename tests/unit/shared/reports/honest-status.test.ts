import { describe, expect, it } from 'vitest';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { honestStatusWarnings } from '../../../../shared/reports/warnings.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

const today = FIXTURE_TODAY;

describe('honestStatusWarnings', () => {
  it('finds nothing wrong with the fixture', () => {
    expect(honestStatusWarnings(fixtureData(), today)).toEqual([]);
  });

  it('flags a red or amber program without a business sentence, naming the program', () => {
    for (const rag of ['amber', 'red'] as const) {
      const file = fixtureData();
      file.program.status = { ...file.program.status, rag, business: ' ' };
      expect(honestStatusWarnings(file, today)).toEqual([
        {
          kind: 'status-without-business',
          itemId: 'prog-payments',
          message: `The program is ${rag} but has no business sentence saying why.`,
        },
      ]);
    }
    const green = fixtureData();
    green.program.status = { ...green.program.status, rag: 'green', business: '' };
    green.milestones.find((m) => m.id === 'm-pci')!.status = 'on-track';
    expect(honestStatusWarnings(green, today)).toEqual([]);
  });

  it('flags a green program with an at-risk or late critical-path milestone, one warning per milestone', () => {
    const file = fixtureData();
    file.program.status.rag = 'green';
    file.milestones.find((m) => m.id === 'm-cutover')!.status = 'late';
    file.milestones.find((m) => m.id === 'm-decom')!.status = 'at-risk'; // not on the critical path
    const warnings = honestStatusWarnings(file, today);
    expect(warnings.map((w) => [w.kind, w.itemId])).toEqual([
      ['green-with-troubled-milestone', 'm-pci'],
      ['green-with-troubled-milestone', 'm-cutover'],
    ]);
    expect(warnings[0]?.message).toBe(
      'The program is green, but critical-path milestone "PCI DSS 4.0 assessment passed" is at-risk.',
    );
  });

  it('counts a critical-path milestone still open after its latest date as late', () => {
    const file = fixtureData();
    file.program.status.rag = 'green';
    file.milestones.find((m) => m.id === 'm-pci')!.status = 'on-track';
    file.milestones.find((m) => m.id === 'm-freeze-end')!.status = 'done';
    expect(honestStatusWarnings(file, '2027-01-10').map((w) => w.itemId)).toEqual(['m-pci']);
    expect(honestStatusWarnings(file, '2027-01-09')).toEqual([]);
  });

  it('comes with every composed document', () => {
    const file = fixtureData();
    file.program.status.business = '';
    expect(composeReport(file, 's-em', { today }).warnings.map((w) => w.kind)).toEqual([
      'status-without-business',
    ]);
    expect(composeChecklist(file, 'mt-steerco', { today }).warnings.map((w) => w.kind)).toContain(
      'status-without-business',
    );
  });

  it('warns once per item when a business reader gets technical text', () => {
    const file = fixtureData();
    file.program.status.business = '';
    const warnings = composeReport(file, 's-cfo', { today }).warnings;
    expect(warnings.filter((w) => w.kind === 'technical-fallback')).toEqual([
      {
        kind: 'technical-fallback',
        itemId: 'prog-payments',
        message: '"prog-payments" has no business status sentence; Dana Whitfield gets the technical one.',
      },
    ]);
  });
});
