/**
 * The direct writer (`renderDocx`) against the reference (`renderDocxReference`, docx's object
 * tree): for the fixture's documents, edge-case trees and random trees, every paragraph has the
 * same text and style in both, and every part of the package is the same, byte for byte, but the
 * time of writing in docProps/core.xml. The style-set cache gives each template its own styles.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDoc } from '../../../helpers/report-doc.ts';
import { renderDocxReference } from '../../../../shared/docx/reference.ts';
import { renderDocx, type RenderDocxOptions } from '../../../../shared/docx/render.ts';
import { inflateSync } from 'fflate';
import { crc32, LEVEL, loadCodec, zipEntry } from '../../../../shared/docx/xml/package.ts';
import { composePlanDoc } from '../../../../shared/plan/document.ts';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { type Block, type ReportDoc } from '../../../../shared/reports/model.ts';
import { STAKEHOLDER_TEMPLATES } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';
import { docxParts, wordText } from '../../../helpers/docx.ts';
import { renderOptions, reportDoc } from './arbitrary-report-doc.ts';
import { COURIER_TEMPLATE, HOUSE_TEMPLATE } from './user-template.ts';

const today = FIXTURE_TODAY;

/** Each body paragraph of document.xml as its style id and its text. */
function paragraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => {
    const inner = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]*)"\/>/.exec(inner)?.[1] ?? '(none)';
    return `${style}: ${wordText(inner)}`;
  });
}

/** The parts of a package, with the time of writing taken out of core.xml. */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const all = await docxParts(bytes);
  const core = all['docProps/core.xml'];
  if (core) all['docProps/core.xml'] = core.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '(time)');
  return all;
}

/** Renders `doc` both ways and expects the same; gives the direct writer's parts. */
async function expectSame(doc: ReportDoc, options: RenderDocxOptions = {}): Promise<Record<string, string>> {
  const direct = await parts(await renderDocx(doc, options));
  const reference = await parts(await renderDocxReference(doc, options));
  expect(paragraphs(direct['word/document.xml'] ?? '')).toEqual(
    paragraphs(reference['word/document.xml'] ?? ''),
  );
  expect(Object.keys(direct)).toEqual(Object.keys(reference));
  for (const name of Object.keys(reference)) expect(direct[name], name).toBe(reference[name]);
  return direct;
}

function fixtureDocs(): Array<[string, ReportDoc]> {
  const file = fixtureData();
  const docs: Array<[string, ReportDoc]> = STAKEHOLDER_TEMPLATES.map((template) => {
    const reader = file.stakeholders.find((s) => s.preferences.template === template)!;
    return [`${template} for ${reader.id}`, composeReport(file, reader.id, { today }).doc];
  });
  docs.push(['meeting checklist', composeChecklist(file, 'mt-steerco', { today }).doc]);
  docs.push(['communication plan', composePlanDoc(file, today, 6)]);
  return docs;
}

describe('renderDocx writes what docx writes: the fixture', () => {
  it.each(fixtureDocs())('%s: same paragraphs, styles and parts', async (_, doc) => {
    const direct = await expectSame(doc);
    // Guards against comparing two empty documents.
    expect(paragraphs(direct['word/document.xml'] ?? '').length).toBeGreaterThan(10);
  });

  it('the CFO brief on Letter, in two users’ templates and with a styles part that is not one', async () => {
    const brief = composeReport(fixtureData(), 's-cfo', { today }).doc;
    await expectSame(brief, { pageSize: 'letter' });
    await expectSame(brief, { styles: COURIER_TEMPLATE });
    await expectSame(brief, { styles: HOUSE_TEMPLATE });
    await expectSame(brief, { styles: 'not a styles part' });
  });
});

function minimal(blocks: Block[], overrides: Partial<ReportDoc> = {}): ReportDoc {
  return sampleDoc({
    title: 'T & <x> "it\'s"',
    subtitle: '',
    programName: 'הגירת תשלומים',
    reader: { id: 'r', name: "O'Neil & <co>" },
    date: '2026-11-18',
    blocks,
    ...overrides,
  });
}

describe('renderDocx writes what docx writes: edge cases', () => {
  const edge: Block[] = [
    { type: 'heading', level: 2, text: 'סטטוס' },
    { type: 'heading', level: 3, text: '' },
    { type: 'paragraph', runs: [] },
    {
      type: 'paragraph',
      runs: [
        { text: 'a\tb\nc', bold: true, italic: true, muted: true },
        { text: 'שלום\n', italic: true },
        { text: '' },
        { text: '\t\n\n  sp ' },
      ],
    },
    {
      type: 'bullets',
      ordered: true,
      items: [{ runs: [{ text: 'one' }] }, { runs: [{ text: 'sub' }], level: 1 }],
    },
    { type: 'bullets', items: [] },
    { type: 'bullets', items: [{ runs: [] }, { runs: [{ text: 'b2', muted: true }], level: 1 }] },
    { type: 'bullets', ordered: true, items: [{ runs: [{ text: 'restarts at 1' }] }] },
    {
      type: 'table',
      columns: [
        { title: 'A', width: 1 },
        { title: 'B', width: 0 },
        { title: 'C', width: Number.NaN },
      ],
      rows: [
        [{ runs: [{ text: 'x\ny', muted: true, italic: true }], tone: 'red' }, { runs: [{ text: 'عربي' }] }],
        [
          { runs: [], span: 2 },
          { runs: [{ text: 'z' }], span: 5 },
        ],
        [{ runs: [{ text: 'w' }], span: 9 }],
      ],
    },
    { type: 'table', columns: [], rows: [[]] },
    { type: 'status', rag: 'red', trend: 'worsening', label: 'L', text: 'line1\nline2\tt' },
    { type: 'status', rag: 'green', trend: 'improving', label: '', text: 'مرحبا' },
  ];

  it('right-to-left text, escapes, empty runs, breaks and tabs, lists, spans, odd widths', async () => {
    await expectSame(minimal(edge));
    await expectSame(minimal(edge, { fit: 'one-page' }), { pageSize: 'letter' });
  });
});

describe('renderDocx writes what docx writes: any tree (property)', () => {
  it('the same paragraphs, styles and parts as the reference, in any options', async () => {
    await fc.assert(
      fc.asyncProperty(reportDoc, renderOptions, async (doc, options) => {
        await expectSame(doc, options);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the style sets kept between documents', () => {
  const template = (colour: string): string =>
    COURIER_TEMPLATE.replace(
      '</w:styles>',
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:color w:val="${colour}"/></w:rPr></w:style></w:styles>`,
    );
  const heading1Colour = (styles: string): string | undefined =>
    /w:styleId="Heading1">[\s\S]*?<w:color w:val="([0-9A-F]{6})"\/>/.exec(styles)?.[1];

  it('give each template, and our own styles, their own look, however many templates come and go', async () => {
    const doc = composeReport(fixtureData(), 's-vpe', { today }).doc;
    const colours = Array.from({ length: 12 }, (_, i) => `C0${String(i).padStart(2, '0')}00`);
    for (const round of [0, 1]) {
      for (const colour of colours) {
        const styles =
          (await docxParts(await renderDocx(doc, { styles: template(colour) })))['word/styles.xml'] ?? '';
        expect(heading1Colour(styles), `round ${round}`).toBe(colour);
      }
      const ours = (await docxParts(await renderDocx(doc)))['word/styles.xml'] ?? '';
      expect(heading1Colour(ours)).toBe('1F3864');
    }
  });
});

/** Each central directory entry's name, host system and external attributes. */
function centralDirectory(bytes: Uint8Array): Array<{ name: string; host: number; attributes: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const entries = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      host: view.getUint8(at + 5),
      attributes: view.getUint32(at + 38, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

describe('the zip', () => {
  it('gives every part Unix read-write attributes, not the zeros Word for Mac offers to repair', async () => {
    const entries = centralDirectory(await renderDocx(composeReport(fixtureData(), 's-cfo', { today }).doc));
    expect(entries.map((e) => e.name)).toContain('word/document.xml');
    for (const e of entries)
      expect({ name: e.name, host: e.host, mode: (e.attributes >>> 16).toString(8) }).toEqual({
        name: e.name,
        host: 3,
        mode: '600',
      });
  });

  it('records the standard CRC-32 of each part (Word and python-docx check it)', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('zips each part as its UTF-8, small or large, one after another', async () => {
    await loadCodec();
    // A part in the buffer parts share, a larger one after it, and one too large to keep a buffer for.
    const texts = [
      '<a>é—ok</a>',
      `<b>${'“quoted” → '.repeat(20_000)}</b>`,
      `<c>${'— x'.repeat(700_000)}</c>`,
    ];
    const entries = texts.map((text) => zipEntry('part.xml', text, LEVEL.each));
    texts.forEach((text, i) => {
      const bytes = new TextEncoder().encode(text);
      const entry = entries[i]!;
      expect(entry.size).toBe(bytes.length);
      expect(entry.crc).toBe(crc32(bytes));
      expect(new TextDecoder().decode(inflateSync(entry.deflated))).toBe(text);
    });
  });
});
