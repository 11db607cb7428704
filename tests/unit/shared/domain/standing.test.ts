import { describe, expect, it } from 'vitest';
import { describeStanding, expectationStanding } from '../../../../shared/domain/standing.ts';
import type { Expectation, ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

function expectation(file: ProgramFile, id: string): Expectation {
  for (const s of file.stakeholders) {
    const found = s.expectations.find((e) => e.id === id);
    if (found) return found;
  }
  throw new Error(`no expectation ${id}`);
}

describe('expectation standing on the fixture, 2026-11-20', () => {
  const file = fixtureData();

  it('the CFO fee savings are at risk, caused by the PCI assessment through 10% of live traffic', () => {
    const s = expectationStanding(file, expectation(file, 'e-cfo-fees'), FIXTURE_TODAY);
    expect(s.standing).toBe('at-risk');
    expect(s.causes[0]).toMatchObject({
      id: 'm-pci',
      kind: 'milestone',
      via: [{ id: 'm-live10', title: '10% of live traffic on the new provider' }],
    });
    expect(describeStanding(s)).toBe(
      'At risk: milestone "PCI DSS 4.0 assessment passed" is at-risk; "10% of live traffic on the new provider" depends on it',
    );
  });

  it('an expectation linked to a planned milestone with a healthy chain is on track', () => {
    expect(expectationStanding(file, expectation(file, 'e-cfo-peak'), FIXTURE_TODAY).standing).toBe(
      'on-track',
    );
  });

  it('an expectation linked to nothing is unlinked', () => {
    expect(expectationStanding(file, expectation(file, 'e-cfo-budget'), FIXTURE_TODAY)).toEqual({
      standing: 'unlinked',
      causes: [],
    });
  });

  it('is met when every linked item is finished', () => {
    const copy = fixtureData();
    const e = {
      id: 'e-x',
      text: 'Contract and sandbox done',
      linkedIds: ['m-contract', 'm-sandbox', 'kr-sev1'],
    };
    expect(expectationStanding(copy, e, FIXTURE_TODAY).standing).toBe('met');
    // The fee rate is lower-is-better: 2.84 has not reached 2.4, so not met.
    expect(
      expectationStanding(copy, { ...e, linkedIds: ['m-contract', 'kr-fee'] }, FIXTURE_TODAY).standing,
    ).toBe('on-track');
  });

  it('a big open risk, a blocked dependency and an overdue action each put an expectation at risk', () => {
    const copy = fixtureData();
    const e = (linkedIds: string[]): Expectation => ({ id: 'e-x', text: 'x', linkedIds });
    expect(expectationStanding(copy, e(['r-pci-slip']), FIXTURE_TODAY).causes[0]?.reason).toBe(
      'risk "PCI assessment slips past the holiday freeze" is open with score 20',
    );
    expect(expectationStanding(copy, e(['dep-recon']), FIXTURE_TODAY).standing).toBe('at-risk');
    const action = copy.actions.find((a) => a.id === 'a-vault-review')!;
    expect(expectationStanding(copy, e([action.id]), FIXTURE_TODAY).standing).toBe('on-track');
    expect(expectationStanding(copy, e([action.id]), '2026-11-26').standing).toBe('at-risk');
  });

  it('a closed risk does not threaten, however big', () => {
    const copy = fixtureData();
    copy.risks.find((r) => r.id === 'r-pci-slip')!.status = 'closed';
    expect(
      expectationStanding(copy, { id: 'e', text: '', linkedIds: ['r-pci-slip'] }, FIXTURE_TODAY).standing,
    ).toBe('met');
  });

  it('names the root of a longer chain and survives a cycle', () => {
    const copy = fixtureData();
    // cutover -> live10 -> pci (at-risk): the root is the PCI assessment, reached through two links.
    const s = expectationStanding(copy, { id: 'e', text: '', linkedIds: ['m-cutover'] }, FIXTURE_TODAY);
    expect(s.causes[0]?.id).toBe('m-pci');
    expect(s.causes[0]?.via.map((v) => v.id)).toEqual(['m-cutover', 'm-live10']);
    expect(describeStanding(s)).toBe(
      'At risk: milestone "PCI DSS 4.0 assessment passed" is at-risk; "All checkout traffic on the new provider" depends on it through "10% of live traffic on the new provider"',
    );
    copy.milestones.find((m) => m.id === 'm-pci')!.dependsOn.push('m-cutover');
    expect(
      expectationStanding(copy, { id: 'e', text: '', linkedIds: ['m-cutover'] }, FIXTURE_TODAY).standing,
    ).toBe('at-risk');
  });
});
