import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDoc } from '../../../helpers/report-doc.ts';
import { sanitizeDoc, sanitizeStylesXml } from '../../../../shared/docx/sanitize.ts';
import { sanitizeLine, sanitizeText, splitLines } from '../../../../shared/render/text.ts';
import { type ReportDoc } from '../../../../shared/reports/model.ts';

describe('sanitizeText', () => {
  it('removes U+FFFE, U+FFFF and control characters but keeps tab and newline', () => {
    expect(sanitizeText('a\uFFFEb\uFFFFc')).toBe('abc');
    expect(sanitizeText('a\u0000b\u0007c\u001Fd\u007Fe\u0085f')).toBe('abcdef');
    expect(sanitizeText('a\tb\nc')).toBe('a\tb\nc');
    expect(sanitizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('turns lone surrogates into U+FFFD and keeps real pairs', () => {
    expect(sanitizeText('x\uD800y')).toBe('x\uFFFDy');
    expect(sanitizeText('x\uDC00y')).toBe('x\uFFFDy');
    expect(sanitizeText('\uD800')).toBe('\uFFFD');
    expect(sanitizeText('👩🏽‍💻 é 中')).toBe('👩🏽‍💻 é 中');
  });

  it('leaves no character XML forbids in any string, and plain text as it was', () => {
    // Code units drawn from the edges that matter (controls, surrogates, U+FFFE/FFFF) and plain text.
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x9f }),
      fc.integer({ min: 0xd7f0, max: 0xe010 }),
      fc.integer({ min: 0xfff0, max: 0xffff }),
      fc.integer({ min: 0x20, max: 0x7e }),
    );
    // eslint-disable-next-line no-control-regex -- the control characters are what it looks for
    const forbidden = /[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]/;
    const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (codes) => {
        const text = String.fromCharCode(...codes);
        const clean = sanitizeText(text);
        expect(clean).not.toMatch(forbidden);
        expect(clean).not.toMatch(loneSurrogate);
        if (!forbidden.test(text) && !loneSurrogate.test(text)) expect(clean).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('splits lines for real breaks, and flattens text meant for one line', () => {
    expect(splitLines('one\r\ntwo\n\uFFFEthree')).toEqual(['one', 'two', 'three']);
    expect(sanitizeLine('a\n\tb')).toBe('a b');
  });
});

describe('sanitizeDoc', () => {
  it('cleans every string of the tree and leaves the input alone', () => {
    const doc: ReportDoc = sampleDoc({
      title: 'T\uFFFE',
      subtitle: 'S\n',
      programName: 'P\uFFFF',
      reader: { id: 'r', name: 'N\u0000' },
      blocks: [
        {
          type: 'table',
          columns: [{ title: 'C\uFFFE', width: 1 }],
          rows: [[{ runs: [{ text: 'x\uFFFE' }], tone: 'red' }]],
        },
        { type: 'bullets', items: [{ runs: [{ text: 'b\uD800' }] }] },
      ],
    });
    const copy = structuredClone(doc);
    const clean = sanitizeDoc(doc);
    expect(doc).toEqual(copy);
    expect(JSON.stringify(clean)).not.toMatch(/\\uFFFE|\\uFFFF|\uFFFE|\uFFFF|\\u0000/i);
    expect(clean.title).toBe('T');
    expect(clean.blocks[0]).toEqual({
      type: 'table',
      columns: [{ title: 'C', width: 1 }],
      rows: [[{ runs: [{ text: 'x' }], tone: 'red' }]],
    });
    expect(clean.blocks[1]).toEqual({ type: 'bullets', items: [{ runs: [{ text: 'b\uFFFD' }] }] });
  });

  it('cleans the one run that needs it among clean ones, before and after it, in every cell', () => {
    const row = [
      { runs: [{ text: 'a' }, { text: 'b' }] },
      { runs: [{ text: 'c' }, { text: 'd\u0007', bold: true }, { text: 'e' }], tone: 'amber' as const },
      { runs: [{ text: 'f\uFFFF' }] },
    ];
    const doc = sampleDoc({
      blocks: [{ type: 'table', columns: [1, 2, 3].map((i) => ({ title: `${i}`, width: 1 })), rows: [row] }],
    });
    const copy = structuredClone(doc);
    const clean = sanitizeDoc(doc);
    expect(doc).toEqual(copy);
    expect(clean.blocks[0]).toMatchObject({
      rows: [
        [
          { runs: [{ text: 'a' }, { text: 'b' }] },
          { runs: [{ text: 'c' }, { text: 'd', bold: true }, { text: 'e' }], tone: 'amber' },
          { runs: [{ text: 'f' }] },
        ],
      ],
    });
  });
});

describe('sanitizeStylesXml', () => {
  it('keeps a styles part, cleaned, and refuses anything else', () => {
    expect(sanitizeStylesXml('<w:styles xmlns:w="x">\uFFFE</w:styles>')).toBe(
      '<w:styles xmlns:w="x"></w:styles>',
    );
    expect(sanitizeStylesXml('<html></html>')).toBeUndefined();
    expect(sanitizeStylesXml(undefined)).toBeUndefined();
  });
});
