import { describe, expect, it } from 'vitest';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import {
  addMilestoneDependency,
  dependencyRefusal,
  isCommitted,
  moveMilestone,
  slipNeedsReason,
  windowProblems,
} from '../../../../shared/record/milestones.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

const milestone = (file: ProgramFile, id: string) => {
  const m = file.milestones.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
};

describe('a milestone window', () => {
  it('is fine in order, and equal dates are allowed', () => {
    expect(windowProblems({ earliest: '2027-01-01', likely: '2027-01-05', latest: '2027-01-09' })).toEqual(
      [],
    );
    expect(windowProblems({ earliest: '2027-01-05', likely: '2027-01-05', latest: '2027-01-05' })).toEqual(
      [],
    );
  });

  it('names the date out of order, at its field', () => {
    expect(windowProblems({ earliest: '2027-01-10', likely: '2027-01-05', latest: '2027-01-20' })).toEqual([
      { field: 'likely', message: 'Likely (5 Jan 2027) is before earliest (10 Jan 2027).' },
    ]);
    expect(windowProblems({ earliest: '2027-01-01', likely: '2027-01-05', latest: '2027-01-03' })).toEqual([
      { field: 'latest', message: 'Latest (3 Jan 2027) is before likely (5 Jan 2027).' },
    ]);
  });

  it('reports a missing or impossible date', () => {
    expect(windowProblems({ earliest: '', likely: '2027-02-30', latest: '2027-03-01' })).toEqual([
      { field: 'earliest', message: 'The earliest date is missing.' },
      { field: 'likely', message: '"2027-02-30" is not a date.' },
    ]);
  });
});

describe('slipping a committed date', () => {
  it('counts started, critical-path and reported milestones as committed, not a fresh plan', () => {
    const file = fixtureData();
    expect(isCommitted(file, milestone(file, 'm-shadow'))).toBe(true); // on-track
    expect(isCommitted(file, milestone(file, 'm-live10'))).toBe(true); // critical path
    expect(isCommitted(file, milestone(file, 'm-decom'))).toBe(false); // planned, off the path
    file.reports.push({
      id: 'rep-1',
      generatedAt: '2026-11-01T09:00',
      template: 'status-update',
      stakeholderIds: ['s-cfo'],
      fileName: 'x.docx',
      snapshot: { 'm-decom': { kind: 'milestone', title: 'x', status: 'planned' } },
    });
    expect(isCommitted(file, milestone(file, 'm-decom'))).toBe(true);
  });

  it('keeps the old likely date as the baseline and requires the reason on the first move', () => {
    const file = fixtureData();
    const shadow = milestone(file, 'm-shadow');
    const next = { earliest: '2026-12-08', likely: '2026-12-22', latest: '2026-12-30' };
    expect(slipNeedsReason(file, shadow, next)).toEqual({ baseline: '2026-12-15' });
    expect(() => moveMilestone(file, 'm-shadow', next)).toThrow(
      '"Shadow traffic at 1%" moved from its committed date 15 Dec 2026: say why.',
    );
    expect(() => moveMilestone(file, 'm-shadow', next, '   ')).toThrow('say why');

    const moved = milestone(
      moveMilestone(file, 'm-shadow', next, 'Harness needs a second region.'),
      'm-shadow',
    );
    expect(moved.window).toEqual(next);
    expect(moved.baseline).toBe('2026-12-15');
    expect(moved.changeReason).toBe('Harness needs a second region.');
  });

  it('never moves a baseline once set, and asks nothing more when a reason exists', () => {
    const file = fixtureData();
    const pci = milestone(file, 'm-pci'); // baseline 2026-12-05, with a reason
    const next = { ...pci.window, likely: '2026-12-20' };
    expect(slipNeedsReason(file, pci, next)).toBeNull();
    const moved = milestone(moveMilestone(file, 'm-pci', next), 'm-pci');
    expect(moved.baseline).toBe('2026-12-05');
    expect(moved.changeReason).toBe('The assessor asked to review the tokenization vault first.');
  });

  it('lets a fresh plan move freely, and a change of earliest or latest alone is no slip', () => {
    const file = fixtureData();
    const decom = milestone(file, 'm-decom');
    expect(slipNeedsReason(file, decom, { ...decom.window, likely: '2027-05-10' })).toBeNull();
    const shadow = milestone(file, 'm-shadow');
    expect(slipNeedsReason(file, shadow, { ...shadow.window, latest: '2027-01-02' })).toBeNull();
    const moved = milestone(
      moveMilestone(file, 'm-decom', { ...decom.window, likely: '2027-05-10' }),
      'm-decom',
    );
    expect(moved.baseline).toBeUndefined();
  });

  it('refuses a window out of order with the message of the form', () => {
    expect(() =>
      moveMilestone(fixtureData(), 'm-decom', {
        earliest: '2027-04-15',
        likely: '2027-07-01',
        latest: '2027-06-01',
      }),
    ).toThrow('Latest (1 Jun 2027) is before likely (1 Jul 2027).');
  });

  it('saves a file the validator accepts', () => {
    const next = moveMilestone(
      fixtureData(),
      'm-shadow',
      { earliest: '2026-12-08', likely: '2026-12-22', latest: '2026-12-30' },
      'Reason',
    );
    expect(validateProgramFile(next).ok).toBe(true);
  });
});

describe('the dependencies picker', () => {
  it('refuses a direct cycle, naming both milestones', () => {
    // m-live10 depends on m-pci: m-pci depending on m-live10 closes the loop.
    expect(dependencyRefusal(fixtureData().milestones, 'm-pci', 'm-live10')).toBe(
      '"PCI DSS 4.0 assessment passed" cannot depend on "10% of live traffic on the new provider": ' +
        '"10% of live traffic on the new provider" already depends on it, so this would make a ' +
        'dependency cycle: PCI DSS 4.0 assessment passed → 10% of live traffic on the new provider → ' +
        'PCI DSS 4.0 assessment passed.',
    );
  });

  it('names every milestone of a longer cycle, along the shortest chain', () => {
    const message = dependencyRefusal(fixtureData().milestones, 'm-sandbox', 'm-decom');
    expect(message).toContain(
      'Sandbox integration complete → Legacy gateway decommissioned → All checkout traffic on the new provider → ' +
        '10% of live traffic on the new provider → PCI DSS 4.0 assessment passed → Sandbox integration complete.',
    );
  });

  it('refuses a milestone depending on itself', () => {
    expect(dependencyRefusal(fixtureData().milestones, 'm-pci', 'm-pci')).toBe(
      '"PCI DSS 4.0 assessment passed" cannot depend on itself.',
    );
  });

  it('adds an allowed dependency once, and leaves the file alone when refused', () => {
    const file = fixtureData();
    const added = addMilestoneDependency(file, 'm-shadow', 'm-freeze-end');
    expect(added.ok && milestone(added.file, 'm-shadow').dependsOn).toEqual(['m-sandbox', 'm-freeze-end']);
    const again = added.ok ? addMilestoneDependency(added.file, 'm-shadow', 'm-freeze-end') : added;
    expect(again.ok && milestone(again.file, 'm-shadow').dependsOn).toEqual(['m-sandbox', 'm-freeze-end']);
    const refused = addMilestoneDependency(file, 'm-contract', 'm-decom');
    expect(refused.ok).toBe(false);
    expect(milestone(file, 'm-contract').dependsOn).toEqual([]);
  });
});
