import { describe, expect, it } from 'vitest';
import {
  addExpectation,
  addPerson,
  changeTopic,
  referencesTo,
  removePeople,
  setFields,
} from '../../../../renderer/src/features/stakeholders/edits.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { demoProgram } from '../../../../shared/demo/demo-program.ts';

// The demo program: pure data, so this test runs with the renderer's types (no Node helpers).
const fixtureData = () => demoProgram('2026-11-20');

describe('stakeholder edits', () => {
  it('adds a person with a readable, unique id and leaves a valid file', () => {
    const file = fixtureData();
    const first = addPerson(file, { name: 'Nora Quist', email: 'nq@example.com' });
    const second = addPerson(first.file, { name: 'Nora Quist' });
    expect([first.id, second.id]).toEqual(['s-nora-quist', 's-nora-quist-2']);
    expect(validateProgramFile(second.file).ok).toBe(true);
    expect(file.stakeholders).toHaveLength(7);
  });

  it('says where the record names a person, and nothing for someone it does not name', () => {
    const file = fixtureData();
    expect(referencesTo(file, 'p-coo')).toContain('the program’s sponsor');
    expect(referencesTo(file, 'p-sec').some((r) => r.startsWith('owner of'))).toBe(true);
    const { file: next, id } = addPerson(file, { name: 'Nobody Yet' });
    expect(referencesTo(next, id)).toEqual([]);
    expect(validateProgramFile(removePeople(next, [id])).ok).toBe(true);
  });

  it('removing a person still named in the record is refused by validation, naming the field', () => {
    const result = validateProgramFile(removePeople(fixtureData(), ['p-coo']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('program.sponsorId');
  });

  it('sets fields and topics on several people at once without touching the others', () => {
    const file = fixtureData();
    const next = changeTopic(
      setFields(file, ['p-crm', 'p-proc'], { cadence: 'weekly' }),
      ['p-crm', 'p-proc'],
      'contracts',
      true,
    );
    const changed = next.stakeholders
      .filter((s) => s.preferences.topics.includes('contracts'))
      .map((s) => s.id);
    expect(changed).toEqual(['p-crm', 'p-proc']);
    expect(next.stakeholders.find((s) => s.id === 'p-coo')).toBe(
      file.stakeholders.find((s) => s.id === 'p-coo'),
    );
    const removed = changeTopic(next, ['p-crm'], 'contracts', false);
    expect(removed.stakeholders.find((s) => s.id === 'p-crm')?.preferences.topics).not.toContain('contracts');
  });

  it('sets a field of one person (a cell edited in place) in place in the list, and nothing for an unknown id', () => {
    const file = fixtureData();
    const next = setFields(file, ['p-crm'], { title: 'Head of CRM', cadence: 'weekly' });
    const at = file.stakeholders.findIndex((s) => s.id === 'p-crm');
    expect(next.stakeholders.map((s) => s.id)).toEqual(file.stakeholders.map((s) => s.id));
    expect([next.stakeholders[at]?.title, next.stakeholders[at]?.preferences.cadence]).toEqual([
      'Head of CRM',
      'weekly',
    ]);
    expect(next.stakeholders.filter((s, i) => s !== file.stakeholders[i])).toHaveLength(1);
    expect(file.stakeholders[at]?.title).not.toBe('Head of CRM');
    expect(setFields(file, ['nobody'], { title: 'X' })).toBe(file);
  });

  it('adds an expectation with an id unique in the file', () => {
    const { file, id } = addExpectation(fixtureData(), 'p-lead', 'Cutover on time');
    const before = fixtureData().stakeholders.find((s) => s.id === 'p-lead')?.expectations ?? [];
    expect(file.stakeholders.find((s) => s.id === 'p-lead')?.expectations).toEqual([
      ...before,
      { id, text: 'Cutover on time', linkedIds: [] },
    ]);
    expect(validateProgramFile(file).ok).toBe(true);
  });
});
