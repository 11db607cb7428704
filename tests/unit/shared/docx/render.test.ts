import { describe, expect, it } from 'vitest';
import { sampleDoc } from '../../../helpers/report-doc.ts';
import { renderDocx } from '../../../../shared/docx/render.ts';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';
import { docxParts, wordText, xmlProblems } from '../../../helpers/docx.ts';

const today = FIXTURE_TODAY;

const minimal = sampleDoc;

describe('renderDocx: the CFO executive brief', async () => {
  const { doc } = composeReport(fixtureData(), 's-cfo', { today });
  const bytes = await renderDocx(doc);
  const parts = await docxParts(bytes);
  const body = parts['word/document.xml'] ?? '';

  it('is a zip package whose every XML part is well-formed', () => {
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining([
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
        '[Content_Types].xml',
      ]),
    );
    for (const [path, xml] of Object.entries(parts)) expect(xmlProblems(xml), path).toEqual([]);
  });

  it('uses the Title and Heading 1 styles, defined once in styles.xml with our look', () => {
    expect(body).toContain('<w:pStyle w:val="Title"/>');
    expect(body.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(7);
    const styles = parts['word/styles.xml'] ?? '';
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'LiaisonTable', 'LiaisonCell']) {
      expect(styles.match(new RegExp(`w:styleId="${id}"`, 'g')), id).toHaveLength(1);
    }
    expect(styles).toMatch(/w:styleId="Heading1">[\s\S]*?<w:color w:val="1F3864"\/>/);
    expect(styles).toContain('w:type="table" w:styleId="LiaisonTable"');
  });

  it('writes tables with a repeating header row, in the table style', () => {
    expect(body.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(6);
    expect(body).toContain('<w:tblHeader/>');
    expect(body).toContain('<w:tblStyle w:val="LiaisonTable"/>');
  });

  it('shades status cells: amber chip, red and amber scores, green recommendation', () => {
    expect(body).toContain('w:fill="F0A500"'); // amber status chip
    expect(body).toContain('w:fill="F4C7C3"'); // red: risk score 20
    expect(body).toContain('w:fill="FCE3B0"'); // amber: at-risk milestone
    expect(body).toContain('w:fill="CFE8D1"'); // green: recommended option
  });

  it('has the content: the decision with its options, the budget', () => {
    const text = wordText(body);
    for (const o of ['Keep it 90 days', 'Keep it 30 days', 'Retire it at cutover']) expect(text).toContain(o);
    expect(text).toContain('$1,260,000');
    expect(text).not.toContain('Prefers numbers over adjectives');
  });

  it('has a header with the program and the period, and a footer with Page X of Y fields', () => {
    const header = Object.entries(parts).find(([p]) => /^word\/header\d+\.xml$/.test(p))?.[1] ?? '';
    const footer = Object.entries(parts).find(([p]) => /^word\/footer\d+\.xml$/.test(p))?.[1] ?? '';
    expect(wordText(header)).toBe('Checkout Payments Migration · Executive briefPeriod 9 Nov – 20 Nov 2026');
    expect(header).toContain('<w:tab/>'); // a real tab to the right-aligned period, not a raw \t
    // Each field carries a cached result run (Word Online refuses fields without one).
    expect(footer).toMatch(/<w:fldSimple w:instr="PAGE"><w:r><w:t[^>]*>1<\/w:t><\/w:r><\/w:fldSimple>/);
    expect(footer).toMatch(/<w:fldSimple w:instr="NUMPAGES"><w:r><w:t[^>]*>1<\/w:t><\/w:r><\/w:fldSimple>/);
    expect(wordText(footer)).toContain('For Dana Whitfield · prepared 20 Nov 2026');
    expect(body).toContain('<w:headerReference');
    expect(body).toContain('<w:footerReference');
  });

  it('numbers lists with the bullet definition', async () => {
    const checklist = await docxParts(
      await renderDocx(composeChecklist(fixtureData(), 'mt-steerco', { today }).doc),
    );
    expect(checklist['word/document.xml']).toContain('<w:numPr>');
    expect(checklist['word/numbering.xml']).toContain('w:val="•"');
    expect(checklist['word/numbering.xml']).toContain('w:val="%1."');
  });
});

describe('renderDocx: strings that would break the file', () => {
  it('never lets U+FFFE or U+FFFF reach the XML, wherever they are', async () => {
    const doc = minimal({
      title: 'Brief\uFFFE',
      programName: 'Pro\uFFFFgram\uFFFE',
      reader: { id: 's', name: 'Bo\uFFFEb' },
      subtitle: 'For\u0007 Bob\u0000',
      blocks: [
        { type: 'heading', level: 2, text: 'Head\uFFFEing' },
        { type: 'paragraph', runs: [{ text: 'x\uFFFEy\uD800z' }] },
        {
          type: 'table',
          columns: [{ title: 'C\uFFFF', width: 1 }],
          rows: [[{ runs: [{ text: '\uFFFE' }] }]],
        },
        { type: 'status', rag: 'green', trend: 'improving', label: 'L\uFFFE', text: 't\uFFFF' },
        { type: 'bullets', items: [{ runs: [{ text: 'b\uFFFE' }] }] },
      ],
    });
    const parts = await docxParts(await renderDocx(doc));
    for (const [path, xml] of Object.entries(parts)) {
      expect(xml.includes('\uFFFE') || xml.includes('\uFFFF'), path).toBe(false);
      expect(xmlProblems(xml), path).toEqual([]);
    }
    const text = wordText(parts['word/document.xml'] ?? '');
    expect(text).toContain('Program');
    expect(text).toContain('xy\uFFFDz');
  });

  it('turns newlines into real line breaks and tabs into real tabs', async () => {
    const body =
      (
        await docxParts(
          await renderDocx(minimal({ blocks: [{ type: 'paragraph', runs: [{ text: 'one\ntwo\tthree' }] }] })),
        )
      )['word/document.xml'] ?? '';
    expect(body).toMatch(
      /<w:t[^>]*>one<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>two<\/w:t><w:tab\/><w:t[^>]*>three<\/w:t>/,
    );
    expect(body).not.toMatch(/<w:t[^>]*>[^<]*\n/);
  });

  it('escapes markup characters', async () => {
    const body =
      (
        await docxParts(
          await renderDocx(minimal({ blocks: [{ type: 'paragraph', runs: [{ text: '<b>&"\'' }] }] })),
        )
      )['word/document.xml'] ?? '';
    expect(wordText(body)).toContain('<b>&"\'');
    expect(xmlProblems(body)).toEqual([]);
  });
});

describe('renderDocx: Word structure', () => {
  it('marks paragraphs in right-to-left scripts right-to-left, and leaves the others alone', async () => {
    const body =
      (
        await docxParts(
          await renderDocx(
            minimal({
              programName: 'הגירת תשלומים',
              blocks: [
                { type: 'heading', level: 1, text: 'סטטוס' },
                { type: 'paragraph', runs: [{ text: 'Plain English' }] },
              ],
            }),
          ),
        )
      )['word/document.xml'] ?? '';
    expect(body).toMatch(/<w:pStyle w:val="Title"\/><w:bidi\/>/);
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/><w:bidi\/>/);
    expect(body).toContain('<w:rtl/>');
    expect(body.match(/<w:bidi\/>/g)).toHaveLength(2);
  });

  it('puts each decision under a Heading 3, so the navigation pane shows the outline', async () => {
    const { doc } = composeReport(fixtureData(), 's-cfo', { today });
    const body = (await docxParts(await renderDocx(doc)))['word/document.xml'] ?? '';
    expect(body).toMatch(/<w:pStyle w:val="Heading3"\/>[\s\S]*?How long do we keep the legacy gateway/);
  });

  it('names no font on runs or on our styles, so a template’s font reaches tables, header and footer', async () => {
    const userStyles =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/><w:sz w:val="24"/></w:rPr></w:style>' +
      '</w:styles>';
    const parts = await docxParts(
      await renderDocx(composeReport(fixtureData(), 's-cfo', { today }).doc, { styles: userStyles }),
    );
    for (const [path, xml] of Object.entries(parts))
      if (/^word\/(document|header\d+|footer\d+)\.xml$/.test(path))
        expect(xml, path).not.toContain('<w:rFonts');
    const styles = parts['word/styles.xml'] ?? '';
    expect(styles.match(/<w:rFonts[^>]*>/g)?.every((f) => f.includes('Courier New'))).toBe(true);
  });
});

describe('renderDocx options', () => {
  it('takes a user’s styles.xml: their headings win, our table style is added', async () => {
    const userStyles =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>' +
      '</w:styles>';
    const parts = await docxParts(
      await renderDocx(minimal({ blocks: [{ type: 'heading', level: 1, text: 'H' }] }), {
        styles: userStyles,
      }),
    );
    const styles = parts['word/styles.xml'] ?? '';
    expect(styles).toMatch(/w:styleId="Heading1">[\s\S]*?C00000/);
    expect(styles).not.toContain('1F3864"/><w:sz w:val="25"');
    expect(styles).toContain('w:styleId="LiaisonTable"');
    expect(styles).toContain('w:styleId="LiaisonCell"');
    expect(xmlProblems(styles)).toEqual([]);
  });

  it('ignores styles that are not a styles part', async () => {
    const parts = await docxParts(await renderDocx(minimal(), { styles: 'not xml at all' }));
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Heading1">[\s\S]*?1F3864/);
  });

  it('sets a one-page document a point tighter', async () => {
    const normal = (await docxParts(await renderDocx(minimal())))['word/styles.xml'] ?? '';
    const tight = (await docxParts(await renderDocx(minimal({ fit: 'one-page' }))))['word/styles.xml'] ?? '';
    expect(normal).toMatch(/<w:rPrDefault><w:rPr>[^]*?<w:sz w:val="19"\/>/);
    expect(tight).toMatch(/<w:rPrDefault><w:rPr>[^]*?<w:sz w:val="18"\/>/);
  });

  it('lays out A4 by default and US Letter on request', async () => {
    const a4 = (await docxParts(await renderDocx(minimal())))['word/document.xml'] ?? '';
    const letter =
      (await docxParts(await renderDocx(minimal(), { pageSize: 'letter' })))['word/document.xml'] ?? '';
    expect(a4).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(letter).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
  });
});
