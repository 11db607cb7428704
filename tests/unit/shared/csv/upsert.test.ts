import { describe, expect, it } from 'vitest';
import { guessMapping, type Mapping } from '../../../../shared/csv/mapping.ts';
import { parseCsv } from '../../../../shared/csv/parse.ts';
import { formatRejected, planImport } from '../../../../shared/csv/upsert.ts';
import { validateProgramFile } from '../../../../shared/schema/validate.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

function importCsv(text: string, mapping?: Mapping) {
  const file = fixtureData();
  const table = parseCsv(text);
  return { before: file, ...planImport(file, table, mapping ?? guessMapping(table.headers)) };
}

describe('planImport', () => {
  it('updates the person whose email matches and adds one who is new, keeping everything else', () => {
    const r = importCsv(
      'Name,E-mail,Stance,Cadence\n' +
        'Dana Whitfield,DANA.WHITFIELD@example.com,skeptic,weekly\n' +
        'Nora Quist,nora@example.com,champion,\n',
    );
    expect(r.rejected).toEqual([]);
    expect(r.updated).toEqual([
      { row: 2, id: 's-cfo', name: 'Dana Whitfield', fields: ['stance', 'cadence'] },
    ]);
    expect(r.added).toEqual([{ row: 3, id: 's-nora-quist', name: 'Nora Quist' }]);
    const dana = r.file.stakeholders.find((s) => s.id === 's-cfo');
    const original = r.before.stakeholders.find((s) => s.id === 's-cfo');
    expect(dana?.stance).toBe('skeptic');
    expect(dana?.preferences.cadence).toBe('weekly');
    // What the CSV does not carry stays: notes, expectations, the interaction log.
    expect(dana?.notes).toBe(original?.notes);
    expect(dana?.expectations).toEqual(original?.expectations);
    const nora = r.file.stakeholders.at(-1);
    expect(nora).toMatchObject({ id: 's-nora-quist', stance: 'champion', email: 'nora@example.com' });
    expect(nora?.preferences.cadence).toBe('monthly');
    expect(validateProgramFile(r.file).ok).toBe(true);
    // The input file is never changed in place.
    expect(r.before.stakeholders).toHaveLength(10);
  });

  it('matches on id first, and an empty cell keeps the value the person has', () => {
    const r = importCsv('Id,Name,Title,Email\ns-ceo,Helen Park-Lee,,\n');
    expect(r.updated).toEqual([{ row: 2, id: 's-ceo', name: 'Helen Park-Lee', fields: ['name'] }]);
    const helen = r.file.stakeholders.find((s) => s.id === 's-ceo');
    expect(helen?.title).toBe(r.before.stakeholders.find((s) => s.id === 's-ceo')?.title);
  });

  it('rejects bad rows with their row number and field, and still imports the others', () => {
    const r = importCsv(
      'Name,Email,Influence,Last update\n' +
        'Ann One,ann@example.com,high,2026-11-01\n' +
        'Bob Two,bob@,medium,\n' +
        'Cy Three,cy@example.com,huge,11/06/2026\n' +
        ',nobody@example.com,low,\n' +
        'Di Four,di@example.com,low,\n',
    );
    expect(r.added.map((a) => a.name)).toEqual(['Ann One', 'Di Four']);
    expect(r.rejected.map(formatRejected)).toEqual([
      'row 3: Email: "bob@" is not an email address',
      'row 4: Influence: "huge" is not one of low, medium, high; Last update: "11/06/2026" is not a date as YYYY-MM-DD',
      'row 5: Name: missing: a new stakeholder needs a name',
    ]);
    expect(r.file.stakeholders).toHaveLength(12);
  });

  it('refuses a second row for the same person, an id used by another item, and an email owned by someone else', () => {
    const r = importCsv(
      'Id,Name,Email\n' +
        ',Dana W,dana.whitfield@example.com\n' +
        ',Dana X,dana.whitfield@example.com\n' +
        'm-pci,Someone,some@example.com\n' +
        's-ceo,Helen Park,dana.whitfield@example.com\n',
    );
    expect(r.updated.map((u) => u.row)).toEqual([2]);
    expect(r.rejected.map(formatRejected)).toEqual([
      'row 3: Email: the same person as row 2',
      'row 4: Id: "m-pci" is already the id of another item in the file',
      'row 5: Email: belongs to Dana W (s-cfo), not to "s-ceo"',
    ]);
  });

  it('reads spreadsheet spellings of the allowed values', () => {
    const r = importCsv(
      'Name,Group,Influence,Cadence,External,Topics,Template\n' +
        'Eve Five,Core team,H,Bi-weekly,yes,"cost; timeline, cost",Executive brief\n',
    );
    expect(r.rejected).toEqual([]);
    const eve = r.file.stakeholders.at(-1);
    expect(eve).toMatchObject({ group: 'core-team', influence: 'high', external: true });
    expect(eve?.preferences).toMatchObject({
      cadence: 'biweekly',
      topics: ['cost', 'timeline'],
      template: 'executive-brief',
    });
  });

  it('reports rows that are not valid CSV and rows with too many values', () => {
    const r = importCsv('Name,Email\nAnn,ann@example.com,extra\nBen,ben@example.com\n"Unclosed,x\n');
    expect(r.added.map((a) => a.name)).toEqual(['Ben']);
    expect(r.rejected.map(formatRejected)).toEqual([
      'row 2: 3 values, but the header has 2 columns',
      'row 4: a quoted value is not closed or has a stray quote',
    ]);
  });

  it('does nothing when the mapping has nothing to match people by, and says so', () => {
    const r = importCsv('Title,Stance\nBoss,champion\n');
    expect(r.mappingProblems).toEqual([
      'No column fills Name, Email or Id: there is nothing to find or create people by.',
    ]);
    expect(r.file).toBe(r.before);
  });

  it('leaves the file object as it was when every row matches and changes nothing', () => {
    const r = importCsv('Email,Stance\nrobert.chen@example.com,neutral\n');
    expect(r.unchanged).toEqual([{ row: 2, id: 's-legal', name: 'Robert Chen' }]);
    expect(r.file).toBe(r.before);
  });
});
