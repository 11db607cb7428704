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

describe('standing through the version 2 links', () => {
  it('a milestone waiting on an at-risk dependency is troubled, and the cause names the dependency', () => {
    const file = fixtureData();
    file.milestones.find((m) => m.id === 'm-cutover')!.dependsOn.push('dep-recon');
    const e = { id: 'e', text: 'Full savings from March', linkedIds: ['m-cutover'] };
    // The PCI chain is deeper (cutover <- 10% <- PCI), so it is the root named; with the PCI
    // assessment back on track the dependency is.
    expect(expectationStanding(file, e, FIXTURE_TODAY).causes[0]?.id).toBe('m-pci');
    file.milestones.find((m) => m.id === 'm-pci')!.status = 'on-track';
    const again = expectationStanding(file, e, FIXTURE_TODAY);
    expect(again.causes[0]).toMatchObject({
      id: 'dep-recon',
      kind: 'dependency',
      via: [{ id: 'm-cutover' }],
    });
    expect(describeStanding(again)).toBe(
      'At risk: dependency "Rounding-aware reconciliation job" is at-risk; "All checkout traffic on the new provider" depends on it',
    );
    file.dependencies.find((d) => d.id === 'dep-recon')!.status = 'on-track';
    expect(expectationStanding(file, e, FIXTURE_TODAY).standing).toBe('on-track');
  });

  it('a linked metric is at risk when further from target than its baseline, met at target, in either direction', () => {
    const file = fixtureData();
    const e = { id: 'e', text: 'Fast checkout', linkedIds: ['met-latency'] };
    const latency = file.metrics.find((x) => x.id === 'met-latency')!;
    expect(expectationStanding(file, e, FIXTURE_TODAY).standing).toBe('on-track'); // 820 -> 790, target 600
    latency.current = 850;
    const worse = expectationStanding(file, e, FIXTURE_TODAY);
    expect(worse.standing).toBe('at-risk');
    expect(worse.causes[0]).toMatchObject({ id: 'met-latency', kind: 'metric' });
    latency.current = 590;
    expect(expectationStanding(file, e, FIXTURE_TODAY).standing).toBe('met');
    const success = { id: 'e2', text: 'Reliable', linkedIds: ['met-success'] };
    file.metrics.find((x) => x.id === 'met-success')!.current = 99.2; // baseline 99.3, target 99.5: higher is better
    expect(expectationStanding(file, success, FIXTURE_TODAY).standing).toBe('at-risk');
  });

  it('the CFO’s spend expectation linked to the budget turns at risk when the forecast is over plan, and is never met', () => {
    const file = fixtureData();
    const e = expectation(file, 'e-cfo-budget');
    expect(expectationStanding(file, e, FIXTURE_TODAY).standing).toBe('unlinked');
    e.linkedIds = ['budget'];
    const over = expectationStanding(file, e, FIXTURE_TODAY); // forecast 1.26M, planned 1.2M
    expect(over.standing).toBe('at-risk');
    expect(over.causes[0]).toMatchObject({ id: 'budget', kind: 'budget' });
    expect(describeStanding(over)).toContain('forecast of USD 1,260,000 is over the planned USD 1,200,000');
    file.program.budget.forecast = 1_100_000;
    expect(expectationStanding(file, e, FIXTURE_TODAY).standing).toBe('on-track');
  });
});
