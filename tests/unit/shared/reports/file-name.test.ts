import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportFileName, safeFilePart, withCounter } from '../../../../shared/reports/file-name.ts';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const base = { date: '2026-11-20', programName: 'Checkout Payments Migration', template: 'executive-brief' };
const name = (readerName: string, programName = base.programName): string =>
  reportFileName({ ...base, programName, readerName });

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

/** Everything a safe name must be, on every operating system. */
function expectSafe(n: string): void {
  expect(n.endsWith('.docx')).toBe(true);
  expect(bytes(n)).toBeLessThanOrEqual(255);
  expect(n).not.toMatch(/[<>:"/\\|?*]/);
  // eslint-disable-next-line no-control-regex
  expect(n).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(n).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  expect(n).not.toContain('..');
  expect(n).toBe(n.normalize('NFC'));
  expect(Buffer.from(n, 'utf8').toString('utf8')).toBe(n); // no lone surrogates
  const stem = n.slice(0, -'.docx'.length);
  expect(stem).not.toMatch(/[ .]$/);
  expect(stem).not.toMatch(/^[ .]/);
  expect(RESERVED.test(stem.split('.')[0] ?? '')).toBe(false);
  expect(stem.length).toBeGreaterThan(0);
}

describe('reportFileName', () => {
  it('is "<date> <program> - <reader name> (<template>).docx"', () => {
    expect(name('Dana Whitfield')).toBe(
      '2026-11-20 Checkout Payments Migration - Dana Whitfield (executive-brief).docx',
    );
    expect(name('Tomás Beltrán')).toBe(
      '2026-11-20 Checkout Payments Migration - Tomás Beltrán (executive-brief).docx',
    );
  });

  it('neutralises reserved device names', () => {
    expect(safeFilePart('CON')).toBe('CON_');
    expect(safeFilePart('com1.txt')).toBe('com1_.txt');
    expect(safeFilePart('CONIN$')).toBe('CONIN$_');
    expect(safeFilePart('lpt²')).toBe('lpt²_');
    expect(safeFilePart('Connor')).toBe('Connor');
    expectSafe(name('CON'));
    expect(reportFileName({ date: 'CON', programName: 'NUL', readerName: 'AUX', template: 'PRN' })).toBe(
      'CON_ NUL_ - AUX_ (PRN_).docx',
    );
  });

  it('never lets a name climb out of its folder', () => {
    const n = name('../../x', '..\\..\\etc');
    expectSafe(n);
    expect(safeFilePart('../../x')).toBe('-.-x');
    expect(safeFilePart('..')).toBe('');
  });

  it('replaces characters Windows forbids', () => {
    expect(safeFilePart('a/b:c*?')).toBe('a-b-c-');
    expect(safeFilePart('Q3 <draft> "final" | v2')).toBe('Q3 -draft- -final- - v2');
    expectSafe(name('a/b:c*?'));
  });

  it('keeps emoji and accents, in NFC', () => {
    expect(safeFilePart('Zoe\u0308 👩🏽‍💻')).toBe('Zoë 👩🏽‍💻');
    expectSafe(name('Zoe\u0308 👩🏽‍💻'));
  });

  it('removes right-to-left overrides and other bidi controls', () => {
    const n = name('invoice\u202Excod.exe \u2066x\u2069');
    expectSafe(n);
    expect(n).toContain('invoicexcod.exe x');
  });

  it('drops control characters and trailing dots and spaces', () => {
    expect(safeFilePart('Dana\u0000\u0007 Whitfield.\u0085 ')).toBe('Dana Whitfield');
  });

  it('caps 400-character names at 255 bytes, keeping the date, the template and the extension', () => {
    for (const unit of ['a', 'é', '中', '👩🏽‍💻']) {
      const long = unit.repeat(400);
      const n = name(long, long);
      expectSafe(n);
      expect(n.startsWith('2026-11-20 ')).toBe(true);
      expect(n.endsWith(' (executive-brief).docx')).toBe(true);
      expect(bytes(n)).toBeGreaterThan(200);
    }
    // A short program keeps its whole name; the long reader name takes the rest.
    const n = name('x'.repeat(400));
    expect(n).toContain('Checkout Payments Migration - xxx');
  });

  it('is never empty', () => {
    expect(reportFileName({ date: '', programName: '', readerName: ' . ', template: '' })).toBe(
      'undated Program - Reader (report).docx',
    );
  });

  it('is safe for any input (property)', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          'CON',
          '..',
          '/',
          '\\',
          ':',
          '*',
          '?',
          '"',
          '<',
          '>',
          '|',
          ' ',
          '.',
          '\u202E',
          '\u2066',
          '\u0000',
          '\n',
          'e\u0301',
          '👩🏽‍💻',
          '\uD800',
        ),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 150,
    });
    fc.assert(
      fc.property(text, text, text, (programName, readerName, date) => {
        expectSafe(reportFileName({ date, programName, readerName, template: 'status-update' }));
      }),
      { numRuns: 150 },
    );
  });
});

describe('withCounter', () => {
  it('puts " (n)" before the extension', () => {
    expect(withCounter('2026-11-20 P - Dana (executive-brief).docx', 2)).toBe(
      '2026-11-20 P - Dana (executive-brief) (2).docx',
    );
    expect(withCounter('a.docx', 1)).toBe('a.docx');
  });

  it('stays within 255 bytes', () => {
    const long = name('👩🏽‍💻'.repeat(400));
    const n = withCounter(long, 12);
    expect(bytes(n)).toBeLessThanOrEqual(255);
    expect(n.endsWith(' (12).docx')).toBe(true);
    expect(n.endsWith('(executive-brief) (12).docx')).toBe(true);
  });
});
