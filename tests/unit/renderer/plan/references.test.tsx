import { describe, expect, it } from 'vitest';
import { referencesTo } from '../../../../renderer/src/features/stakeholders/edits.ts';
import { demoProgram } from '../../../../shared/demo/demo-program.ts';
import { addCommunication } from '../../../../shared/record/communications.ts';

describe('a person in a planned communication', () => {
  it('is named as referenced, so deleting them cannot leave the touchpoint dangling', () => {
    // The demo program: pure data, so this test runs with the renderer's types (no Node helpers).
    const file = demoProgram('2026-11-20');
    const person = file.stakeholders.at(-1)!;
    const before = referencesTo(file, person.id);
    expect(before.some((r) => r.includes('planned communication'))).toBe(false);
    const { file: planned } = addCommunication(file, {
      date: '2026-11-27',
      stakeholderIds: [person.id],
      purpose: 'Walk them through the new terms',
      channel: 'meeting',
    });
    expect(referencesTo(planned, person.id)).toEqual([
      ...before,
      'in planned communication “Walk them through the new terms”',
    ]);
  });
});
