import { describe, expect, it } from 'vitest';
import { referencesTo } from '../../../../renderer/src/features/stakeholders/edits.ts';
import { addCommunication } from '../../../../shared/record/communications.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

describe('a person in a planned communication', () => {
  it('is named as referenced, so deleting them cannot leave the touchpoint dangling', () => {
    const file = fixtureData();
    const before = referencesTo(file, 's-legal');
    expect(before.some((r) => r.includes('planned communication'))).toBe(false);
    const { file: planned } = addCommunication(file, {
      date: '2026-11-27',
      stakeholderIds: ['s-legal'],
      purpose: 'Walk legal through the new terms',
      channel: 'meeting',
    });
    expect(referencesTo(planned, 's-legal')).toEqual([
      ...before,
      'in planned communication “Walk legal through the new terms”',
    ]);
  });
});
