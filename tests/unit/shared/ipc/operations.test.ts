import { describe, expect, it } from 'vitest';
import { applyOperations, diff, OperationError, type Operation } from '../../../../shared/ipc/operations.ts';
import { rebase } from '../../../../shared/ipc/rebase.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

const file = fixtureData();
const withPeople = (f: typeof file, people: typeof file.stakeholders) => ({ ...f, stakeholders: people });

describe('diff and apply', () => {
  it('a field edit of one person is one replace, and applying it gives the same program, sharing the rest', () => {
    const after = withPeople(
      file,
      file.stakeholders.map((s, i) => (i === 3 ? { ...s, title: 'CTO' } : s)),
    );
    const { operations, inverse } = diff(file, after);
    expect(operations).toEqual([{ op: 'replace', path: '/stakeholders/3/title', value: 'CTO' }]);
    const { result } = applyOperations(file, operations);
    expect(result).toEqual(after);
    expect(result.stakeholders[2]).toBe(file.stakeholders[2]);
    expect(result.risks).toBe(file.risks);
    expect(applyOperations(result, inverse).result).toEqual(file);
    expect(file.stakeholders[3]?.title).not.toBe('CTO'); // the base is never changed
  });

  it('deleting one person in the middle is one remove; adding one at the end appends (-)', () => {
    const removed = withPeople(
      file,
      file.stakeholders.filter((_, i) => i !== 2),
    );
    expect(diff(file, removed).operations).toEqual([{ op: 'remove', path: '/stakeholders/2' }]);
    const extra = { ...file.stakeholders[0]!, id: 'stk-new' };
    const added = withPeople(file, [...file.stakeholders, extra]);
    expect(diff(file, added).operations).toEqual([{ op: 'add', path: '/stakeholders/-', value: extra }]);
    const back = diff(file, added).inverse;
    expect(applyOperations(added, back).result).toEqual(file);
  });

  it('escapes / and ~ in keys (RFC 6901), and refuses paths that do not exist or reach the prototype', () => {
    const odd = { ...file, program: { ...file.program, 'a/b~c': 1 } };
    const { operations } = diff(file, odd);
    expect(operations).toEqual([{ op: 'add', path: '/program/a~1b~0c', value: 1 }]);
    expect(applyOperations(file, operations).result).toEqual(odd);
    const bad: Operation[][] = [
      [{ op: 'replace', path: '/nothing/here', value: 1 }],
      [{ op: 'remove', path: '/stakeholders/99' }],
      [{ op: 'add', path: '/program/__proto__', value: { polluted: true } }],
      [{ op: 'replace', path: '/stakeholders/01/name', value: 'x' }],
    ];
    for (const ops of bad) expect(() => applyOperations(file, ops)).toThrow(OperationError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("rebase onto another writer's save", () => {
  const edit = (f: typeof file, i: number, title: string) =>
    withPeople(
      f,
      f.stakeholders.map((s, j) => (j === i ? { ...s, title } : s)),
    );

  it('follows a person by id after the other writer removed someone before them', () => {
    const mine = diff(file, edit(file, 5, 'Mine')).operations;
    const theirs = withPeople(
      file,
      file.stakeholders.filter((_, i) => i !== 1),
    );
    const rebased = rebase(file, theirs, mine);
    expect(rebased.ok && rebased.operations).toEqual([
      { op: 'replace', path: '/stakeholders/4/title', value: 'Mine' },
    ]);
    expect(
      rebased.ok && rebased.result.stakeholders.find((s) => s.id === file.stakeholders[5]?.id)?.title,
    ).toBe('Mine');
  });

  it('keeps both additions, and both edits of different fields', () => {
    const a = { ...file.stakeholders[0]!, id: 'stk-a' };
    const b = { ...file.stakeholders[0]!, id: 'stk-b' };
    const theirs = edit(withPeople(file, [...file.stakeholders, a]), 0, 'Theirs');
    const mineFile = withPeople(
      file,
      [...file.stakeholders, b].map((s, i) => (i === 0 ? { ...s, organization: 'Mine' } : s)),
    );
    const rebased = rebase(file, theirs, diff(file, mineFile).operations);
    if (!rebased.ok) throw new Error(rebased.conflict);
    expect(rebased.result.stakeholders.slice(-2).map((s) => s.id)).toEqual(['stk-a', 'stk-b']);
    expect([rebased.result.stakeholders[0]?.title, rebased.result.stakeholders[0]?.organization]).toEqual([
      'Theirs',
      'Mine',
    ]);
  });

  it('conflicts, naming the person and field, when both changed the same field; not when to the same value', () => {
    const person = file.stakeholders[2]!;
    const conflict = rebase(file, edit(file, 2, 'Theirs'), diff(file, edit(file, 2, 'Mine')).operations);
    expect(conflict).toEqual({
      ok: false,
      conflict: `stakeholder "${person.name}" (${person.id}), title: the other writer changed it too`,
    });
    expect(rebase(file, edit(file, 2, 'Same'), diff(file, edit(file, 2, 'Same')).operations).ok).toBe(true);
  });

  it('conflicts when the edited person was deleted by the other writer', () => {
    const person = file.stakeholders[2]!;
    const theirs = withPeople(
      file,
      file.stakeholders.filter((s) => s.id !== person.id),
    );
    expect(rebase(file, theirs, diff(file, edit(file, 2, 'Mine')).operations)).toEqual({
      ok: false,
      conflict: `stakeholder "${person.name}" (${person.id}) was deleted by the other writer`,
    });
  });
});
