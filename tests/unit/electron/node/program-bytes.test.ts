import { describe, expect, it } from 'vitest';
import { programChunks, serializeProgram } from '../../../../electron/node/program-bytes.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { generateProgram } from '../../../helpers/generate-program.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

/** What every save must write: two-space JSON and a final newline. */
const expected = (file: ProgramFile) => `${JSON.stringify(file, null, 2)}\n`;
const written = (file: ProgramFile) => Buffer.concat(programChunks(file)).toString('utf8');

describe('the bytes a save writes', () => {
  it('are two-space JSON of the program, for a small file and one of 700 people', () => {
    const small = fixtureData();
    const large = generateProgram({ stakeholders: 700, items: 300, today: FIXTURE_TODAY });
    expect(written(small)).toBe(expected(small));
    expect(serializeProgram(large)).toBe(expected(large));
  });

  it('follow every change after remembered saves: an edit, an insertion at the front, a removal', () => {
    let file = generateProgram({ stakeholders: 700, items: 300, today: FIXTURE_TODAY });
    expect(written(file)).toBe(expected(file));
    file = {
      ...file,
      stakeholders: file.stakeholders.map((s, i) => (i === 300 ? { ...s, title: 'Changed in block 2' } : s)),
    };
    expect(written(file)).toBe(expected(file));
    const [first, ...rest] = file.stakeholders;
    if (!first) throw new Error('no people generated');
    file = { ...file, stakeholders: [{ ...first, id: 'stk-new', name: 'New Person' }, first, ...rest] };
    expect(written(file)).toBe(expected(file));
    file = { ...file, stakeholders: file.stakeholders.filter((_, i) => i !== 512) };
    expect(written(file)).toBe(expected(file));
    file = { ...file, stakeholders: file.stakeholders.slice(0, 256) };
    expect(written(file)).toBe(expected(file));
  });
});
