import { describe, expect, it } from 'vitest';
import { formatProblem, validateProgramFile } from '../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

function problemsOf(data: unknown): string[] {
  const result = validateProgramFile(data);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('validateProgramFile', () => {
  it('accepts the fixture program', () => {
    const result = validateProgramFile(fixtureData());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names a dangling owner, a reversed window and a duplicate id, all at once, with paths', () => {
    const data = fixtureData();
    data.milestones[0]!.ownerId = 's-nobody';
    data.milestones[2]!.window.latest = '2026-11-01';
    data.risks[1]!.id = 'm-pci';
    const problems = problemsOf(data);
    expect(problems).toContain(
      'milestones[0].ownerId: milestone "m-contract" refers to "s-nobody", which is not in the file',
    );
    expect(problems).toContain('milestones[2].window.latest: before earliest (2026-11-01 < 2026-12-01)');
    expect(problems).toContain('risks[1].id: duplicate id "m-pci" (also at milestones[2])');
  });

  it('reports likelihood outside 1-5 and unknown enum values at their paths', () => {
    const data = fixtureData() as unknown as {
      risks: Array<Record<string, unknown>>;
      stakeholders: Array<Record<string, unknown>>;
    };
    data.risks[0]!.likelihood = 7;
    (data.stakeholders[3]!.preferences as Record<string, unknown>).cadence = 'daily';
    const problems = problemsOf(data);
    expect(
      problems.some(
        (p) => p === 'risks[0].likelihood: 7 is out of range: expected a whole number from 1 to 5',
      ),
    ).toBe(true);
    expect(problems).toContain(
      'stakeholders[3].preferences.cadence: "daily" is not one of weekly, biweekly, monthly, quarterly, as-needed',
    );
  });

  it('reports missing fields, impossible dates and references of the wrong kind', () => {
    const data = fixtureData() as unknown as Record<string, Array<Record<string, unknown>>>;
    delete data.actions![0]!.due;
    data.wins![0]!.date = '2026-02-30';
    (data.stakeholders![0]!.expectations as Array<{ linkedIds: string[] }>)[0]!.linkedIds.push('s-ceo');
    const problems = problemsOf(data);
    expect(problems).toContain('actions[0].due: missing (expected string)');
    expect(problems).toContain('wins[0].date: expected a date as YYYY-MM-DD');
    expect(problems).toContain(
      'stakeholders[0].expectations[0].linkedIds[2]: expectation "e-cfo-fees" refers to "s-ceo", a stakeholder, where a program item is expected',
    );
  });

  it('names the milestones of a dependency cycle', () => {
    const data = fixtureData();
    data.milestones.find((m) => m.id === 'm-sandbox')!.dependsOn.push('m-cutover');
    expect(problemsOf(data)).toContain(
      'milestones[6].dependsOn: dependency cycle: m-cutover → m-live10 → m-pci → m-sandbox → m-cutover',
    );
  });

  it('refuses null, lists and scalars with one clear problem', () => {
    expect(problemsOf(null)).toEqual(['the file holds null, not a program (a JSON object)']);
    expect(problemsOf([])).toEqual(['the file holds a list, not a program (a JSON object)']);
    expect(problemsOf(0)).toEqual(['the file holds a number, not a program (a JSON object)']);
  });

  it('keeps fields it does not know, at every level', () => {
    const data = fixtureData() as unknown as Record<string, unknown> & {
      milestones: Array<Record<string, unknown>>;
    };
    data.customTopLevel = { kept: true };
    data.milestones[0]!.jiraKey = 'PAY-12';
    const result = validateProgramFile(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const out = result.file as unknown as typeof data;
    expect(out.customTopLevel).toEqual({ kept: true });
    expect(out.milestones[0]!.jiraKey).toBe('PAY-12');
  });

  it('rejects a recommendation that is not one of the decision options', () => {
    const data = fixtureData();
    data.decisions[0]!.recommendation = 'opt-999';
    expect(problemsOf(data)).toContain(
      'decisions[0].recommendation: decision "d-fallback": "opt-999" is not one of its options',
    );
  });
});
