import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../../shared/schema/migrations/index.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../../../shared/schema/program.ts';
import { validateProgramFile, formatProblem } from '../../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../../helpers/fixture.ts';

/** A version 1 file: the fixture as the first format wrote it (no version 2 fields at all). */
function versionOne(): Record<string, unknown> {
  const data = fixtureData() as unknown as Record<string, unknown>;
  expect(data.schemaVersion).toBe(1);
  expect(data).not.toHaveProperty('communications');
  return data;
}

function problemsOf(data: unknown): string[] {
  const result = validateProgramFile(data);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('migration 0002', () => {
  it('moves a version 1 file to version 2 with an empty plan, keeping every other field', () => {
    const before = versionOne();
    const outcome = migrate(before, CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    if (outcome.kind !== 'migrated') throw new Error(`expected a migration, got ${outcome.kind}`);
    expect(outcome.applied).toEqual(['0002-links-trackers-communications']);
    expect(outcome.data.schemaVersion).toBe(2);
    expect(outcome.data.communications).toEqual([]);
    const { schemaVersion: _a, communications: _b, ...rest } = outcome.data;
    const { schemaVersion: _c, ...old } = before;
    expect(rest).toEqual(old);
    expect(before.schemaVersion).toBe(1); // the input is not changed in place
    expect(problemsOf(outcome.data)).toEqual([]);
  });

  it('keeps unknown fields of a version 1 file', () => {
    const before = { ...versionOne(), customField: { keep: [1, 2] } };
    const outcome = migrate(before, CURRENT_SCHEMA_VERSION);
    expect(outcome.kind === 'migrated' && outcome.data.customField).toEqual({ keep: [1, 2] });
  });
});

describe('version 2 validation', () => {
  const v2 = (): ReturnType<typeof fixtureData> => {
    const outcome = migrate(versionOne(), CURRENT_SCHEMA_VERSION);
    if (outcome.kind !== 'migrated') throw new Error('not migrated');
    return outcome.data as unknown as ReturnType<typeof fixtureData>;
  };

  it('accepts a milestone waiting on a dependency and expectations linked to a metric and the budget', () => {
    const file = v2();
    file.milestones.find((m) => m.id === 'm-cutover')!.dependsOn.push('dep-recon');
    const cfo = file.stakeholders.find((s) => s.id === 's-cfo')!;
    cfo.expectations[0]!.linkedIds.push('budget', file.metrics[0]!.id);
    expect(problemsOf(file)).toEqual([]);
  });

  it('names a milestone depending on a wrong kind, a dangling planned communication and a repeated tracker key', () => {
    const file = v2();
    file.milestones[0]!.dependsOn.push('s-cfo');
    file.communications.push({
      id: 'c-1',
      date: '2026-11-27',
      stakeholderIds: ['s-ghost'],
      purpose: 'Brief the CFO before the budget review',
      channel: 'meeting',
      status: 'planned',
    });
    file.actions[0]!.externalKey = 'PAY-1';
    file.actions[1]!.externalKey = 'PAY-1';
    file.risks[0]!.externalKey = 'PAY-1'; // another kind: allowed
    const problems = problemsOf(file);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^milestones\[0\]\.dependsOn\[\d+\]: .*"s-cfo", a stakeholder, where a milestone or dependency is expected/,
      ),
    );
    expect(problems).toContain(
      'communications[0].stakeholderIds[0]: communication "c-1" refers to "s-ghost", which is not in the file',
    );
    expect(problems).toContain(
      'actions[1].externalKey: duplicate tracker key "PAY-1" (also at actions[0].externalKey)',
    );
    expect(problems.filter((p) => p.includes('PAY-1'))).toHaveLength(1);
  });

  it('refuses unknown enum values in the additions', () => {
    const file = v2() as unknown as Record<string, unknown> & ReturnType<typeof fixtureData>;
    (file.milestones[0] as Record<string, unknown>).source = 'trello';
    file.communications.push({
      id: 'c-2',
      date: '2026-11-27',
      stakeholderIds: ['s-cfo'],
      purpose: 'x',
      channel: 'pigeon' as 'email',
      status: 'planned',
    });
    const problems = problemsOf(file);
    expect(problems.some((p) => p.startsWith('milestones[0].source: "trello" is not one of'))).toBe(true);
    expect(problems.some((p) => p.startsWith('communications[0].channel: "pigeon" is not one of'))).toBe(
      true,
    );
  });
});
