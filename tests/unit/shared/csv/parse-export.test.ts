import { describe, expect, it } from 'vitest';
import { stakeholdersToCsv } from '../../../../shared/csv/export.ts';
import { checkEmail, checkName, parseField } from '../../../../shared/csv/fields.ts';
import { describeMapping, guessMapping, mappingProblems } from '../../../../shared/csv/mapping.ts';
import { parseCsv } from '../../../../shared/csv/parse.ts';
import { planImport } from '../../../../shared/csv/upsert.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

describe('parseCsv', () => {
  it('numbers rows as a spreadsheet does, skipping blank lines without renumbering', () => {
    const t = parseCsv('\uFEFFName;Email\r\nAnn;a@x.io\r\n\r\n"Ben; Jr";b@x.io\r\n');
    expect(t.headers).toEqual(['Name', 'Email']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['Ann', 'a@x.io'] },
      { row: 4, cells: ['Ben; Jr', 'b@x.io'] },
    ]);
  });

  it('reads a file with nothing in it as no header and no rows', () => {
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('\n\n').headers).toEqual([]);
  });
});

describe('guessMapping', () => {
  it('recognises common header names and ignores unknown ones', () => {
    const headers = ['Full name', 'E-mail address', 'Job title', 'Company', 'Favourite colour', 'Frequency'];
    const mapping = guessMapping(headers);
    expect(mapping).toEqual(['name', 'email', 'title', 'organization', null, 'cadence']);
    expect(describeMapping(headers, mapping)).toContain('"Favourite colour" (ignored)');
  });

  it('gives a field to the first column only, and a mapping with two columns for one field is refused', () => {
    expect(guessMapping(['Email', 'Mail'])).toEqual(['email', null]);
    expect(mappingProblems(['Email', 'Mail'], ['email', 'email'])).toEqual([
      '"Email" and "Mail" both fill Email.',
    ]);
  });
});

describe('field checks shared with the table', () => {
  it('accepts an empty or well-formed email and names what is wrong otherwise', () => {
    expect(checkEmail('')).toBeNull();
    expect(checkEmail('dana.whitfield@example.com')).toBeNull();
    expect(checkEmail('dana@')).toBe('"dana@" is not an email address');
    expect(checkEmail('dana whitfield@example.com')).not.toBeNull();
    expect(checkName('  ')).toBe('a stakeholder needs a name');
  });

  it('lists the allowed values when one is not', () => {
    expect(parseField('stance', 'hostile')).toEqual({
      ok: false,
      message: '"hostile" is not one of champion, supporter, neutral, skeptic, blocker',
    });
    expect(parseField('external', 'maybe')).toEqual({ ok: false, message: '"maybe" is not yes or no' });
  });
});

describe('stakeholdersToCsv', () => {
  it('never writes private notes', () => {
    const file = fixtureData();
    const csv = stakeholdersToCsv(file.stakeholders);
    expect(csv).not.toMatch(/notes/i);
    for (const s of file.stakeholders) if (s.notes) expect(csv).not.toContain(s.notes.slice(0, 20));
  });

  it('writes what the import reads back unchanged (a round trip changes nobody)', () => {
    const file = fixtureData();
    const table = parseCsv(stakeholdersToCsv(file.stakeholders));
    expect(table.rows).toHaveLength(10);
    const r = planImport(file, table, guessMapping(table.headers));
    expect(r.rejected).toEqual([]);
    expect(r.updated).toEqual([]);
    expect(r.unchanged).toHaveLength(10);
  });

  it('keeps a cell that looks like a formula from running in Excel, and reads it back as typed', () => {
    const file = fixtureData();
    const person = { ...file.stakeholders[0]!, title: '=HYPERLINK("http://evil")' };
    const csv = stakeholdersToCsv([person]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.startsWith('\uFEFFId,Name,')).toBe(true);
    const table = parseCsv(csv);
    expect(table.rows[0]?.cells[2]).toBe('=HYPERLINK("http://evil")');
  });
});
