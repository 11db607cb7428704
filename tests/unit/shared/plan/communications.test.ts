import { describe, expect, it } from 'vitest';
import {
  addCommunication,
  communicationProblems,
  removeCommunication,
  setCommunicationStatus,
  updateCommunication,
} from '../../../../shared/record/communications.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

const fields = {
  date: '2026-11-27',
  stakeholderIds: ['s-cfo'],
  purpose: 'Brief the CFO before the budget review',
  channel: 'meeting' as const,
};

describe('planned-communication edits', () => {
  it('adds one as planned with a new id, leaving the given file unchanged', () => {
    const before = fixtureData();
    const frozen = JSON.stringify(before);
    const { file, id } = addCommunication(before, fields);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(file.communications).toEqual([{ id, ...fields, status: 'planned' }]);
    expect(id).toBe('c-brief-the-cfo-before-the-budget');
    expect(addCommunication(file, fields).id).not.toBe(id);
  });

  it('edits, ticks done or skipped, and deletes', () => {
    const { file, id } = addCommunication(fixtureData(), { ...fields, template: 'executive-brief' });
    const moved = updateCommunication(file, id, {
      ...fields,
      date: '2026-12-01',
      stakeholderIds: ['s-cfo', 's-ceo'],
    });
    expect(moved.communications[0]).toEqual({
      id,
      ...fields,
      date: '2026-12-01',
      stakeholderIds: ['s-cfo', 's-ceo'],
      status: 'planned',
    });
    expect(file.communications[0]!.date).toBe('2026-11-27');
    expect(setCommunicationStatus(moved, id, 'done').communications[0]!.status).toBe('done');
    expect(setCommunicationStatus(moved, id, 'skipped').communications[0]!.status).toBe('skipped');
    expect(removeCommunication(moved, id).communications).toEqual([]);
    expect(() => removeCommunication(moved, 'c-gone')).toThrow('c-gone');
  });

  it('names what is wrong with the form', () => {
    const file = fixtureData();
    expect(communicationProblems(file, fields)).toEqual({});
    expect(
      communicationProblems(file, { ...fields, date: '2026-02-30', stakeholderIds: [], purpose: ' ' }),
    ).toEqual({
      date: 'The date must be a day as YYYY-MM-DD, not "2026-02-30".',
      stakeholderIds: 'Choose at least one person.',
      purpose: 'Say what the touchpoint is for.',
    });
    expect(communicationProblems(file, { ...fields, stakeholderIds: ['s-nobody'] }).stakeholderIds).toMatch(
      /no longer/,
    );
  });

  it('writes files that validate, and a wrong reference is named with its path', () => {
    const { file, id } = addCommunication(fixtureData(), fields);
    const result = validateProgramFile(setCommunicationStatus(file, id, 'done'));
    expect(result.ok ? [] : result.problems).toEqual([]);
    const broken = {
      ...file,
      communications: [{ ...file.communications[0]!, stakeholderIds: ['s-nobody'] }],
    };
    const bad = validateProgramFile(broken);
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).toContain('communications[0].stakeholderIds[0]');
  });
});
