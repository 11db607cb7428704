/**
 * The differential test can fail, and says why: a renderer that is renderDocx with one thing
 * broken (a paragraph dropped, a style changed, a table cell removed, a list level changed, a
 * page break added, the page size ignored) is reported with that difference and no other. One
 * python process and one LibreOffice run (for the page break) for all of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/docx/render.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import type { ReportDoc } from '../../../../shared/reports/model.ts';
import { compareRenderers, type Difference, type Renderer } from '../../../helpers/differential.ts';
import { content, type ElementReading } from '../../../helpers/docx-reading.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'liaison-mutants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (readerId: string): ReportDoc =>
  composeReport(fixtureData(), readerId, { today: FIXTURE_TODAY }).doc;

/** renderDocx, with `change` applied to word/document.xml (which it must change). */
function editing(change: (xml: string) => string): Renderer {
  return async (d, options) => {
    const parts = unzipSync(await renderDocx(d, options));
    const xml = strFromU8(parts['word/document.xml']!);
    const changed = change(xml);
    if (changed === xml) throw new Error('the mutation found nothing to change');
    parts['word/document.xml'] = strToU8(changed);
    return zipSync(parts);
  };
}

const HEADING1 = /<w:p><w:pPr><w:pStyle w:val="Heading1"\/><\/w:pPr>.*?<\/w:p>/;

/** Removes the last cell of the third row (the second data row) of the first data table. */
function dropCell(xml: string): string {
  const table = xml.indexOf('<w:tblStyle w:val="LiaisonTable"/>');
  let row = table;
  for (let i = 0; i < 3; i++) row = xml.indexOf('<w:tr>', row + 1);
  const end = xml.indexOf('</w:tr>', row);
  const cell = xml.lastIndexOf('<w:tc>', end);
  return table < 0 ? xml : xml.slice(0, cell) + xml.slice(end);
}

/** Each document with what breaks it (`undefined`: rendered as is, so it must read the same). */
const cases: Array<{ name: string; doc: ReportDoc; letter?: true; pages?: true; broken?: Renderer }> = [
  { name: 'untouched', doc: doc('s-em') },
  { name: 'paragraph dropped', doc: doc('s-em'), broken: editing((x) => x.replace(HEADING1, '')) },
  {
    name: 'style changed',
    doc: doc('s-em'),
    broken: editing((x) => x.replace('<w:pStyle w:val="Heading1"/>', '<w:pStyle w:val="Heading2"/>')),
  },
  { name: 'cell removed', doc: doc('s-em'), broken: editing(dropCell) },
  {
    name: 'level changed',
    doc: doc('s-em'),
    broken: editing((x) => x.replace('<w:ilvl w:val="1"/>', '<w:ilvl w:val="0"/>')),
  },
  {
    name: 'page break added',
    doc: doc('s-cfo'),
    pages: true,
    broken: editing((x) =>
      x.replace(HEADING1, (p) => p.replace('<w:r>', '<w:r><w:br w:type="page"/></w:r><w:r>')),
    ),
  },
  {
    name: 'page size ignored',
    doc: doc('s-em'),
    letter: true,
    broken: (d, options) => renderDocx(d, { ...options, pageSize: 'a4' }),
  },
];

// The renderer under test: renderDocx, broken in each document's own way.
const broken: Renderer = (d, options) => (cases.find((c) => c.doc === d)?.broken ?? renderDocx)(d, options);

describe('the differential test reports a broken renderer', async () => {
  const { differences, readings } = await compareRenderers(
    renderDocx,
    broken,
    cases.map((c) => ({
      name: c.name,
      doc: c.doc,
      ...(c.letter ? { options: { pageSize: 'letter' as const } } : {}),
      ...(c.pages ? { pages: true } : {}),
    })),
    dir,
  );
  const of = (name: string): Difference[] => differences.filter((d) => d.doc === name);
  const body = (name: string): ElementReading[] => content(readings.find((r) => r.name === name)!.a).body;
  const firstIndex = (name: string, test: (e: ElementReading) => boolean): number =>
    body(name).findIndex(test);
  const firstHeading = (name: string): number =>
    firstIndex(name, (e) => e.kind === 'p' && e.styleId === 'Heading1');

  it('finds nothing when nothing is broken', () => {
    expect(of('untouched')).toEqual([]);
  });

  it('names the paragraph dropped, and only it', () => {
    const at = firstHeading('paragraph dropped');
    const text = (body('paragraph dropped')[at] as { text: string }).text;
    expect(of('paragraph dropped')).toEqual([
      {
        doc: 'paragraph dropped',
        where: `body[${at}]`,
        what: 'only in A',
        a: `paragraph ${JSON.stringify(text)} (Heading 1)`,
        b: undefined,
      },
    ]);
  });

  it('names the paragraph whose style changed, with both styles', () => {
    const at = firstHeading('style changed');
    expect(of('style changed').map((d) => [d.where.split(' ')[0], d.what, d.a, d.b])).toEqual([
      [`body[${at}]`, 'styleId', 'Heading1', 'Heading2'],
      [`body[${at}]`, 'style', 'Heading 1', 'Heading 2'],
    ]);
  });

  it('names the table, row and cell removed', () => {
    const table = firstIndex('cell removed', (e) => e.kind === 'table' && e.style === 'LiaisonTable');
    const cells = (body('cell removed')[table] as Extract<ElementReading, { kind: 'table' }>).rows[2]!.cells;
    const found = of('cell removed');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      what: 'only in A',
      a: JSON.stringify(cells.at(-1)!.text),
      b: undefined,
    });
    expect(found[0]!.where).toMatch(
      new RegExp(`^body\\[${table}\\] table ".*" row\\[2\\] cell\\[${cells.length - 1}\\]$`),
    );
  });

  it('names the list item whose level changed', () => {
    const at = firstIndex('level changed', (e) => e.kind === 'p' && e.level === 1);
    const found = of('level changed');
    expect(found).toContainEqual(expect.objectContaining({ what: 'level', a: 1, b: 0 }));
    for (const d of found) expect(d.where).toMatch(new RegExp(`^body\\[${at}\\] paragraph`));
  });

  it('counts the page a page break adds, in LibreOffice', () => {
    expect(of('page break added')).toContainEqual({
      doc: 'page break added',
      where: 'pages',
      what: 'count',
      a: 1,
      b: 2,
    });
  });

  it('sees Letter turned into A4: the page, and every table narrower', () => {
    const found = of('page size ignored').map((d) => [d.where.split(' ')[0], d.what]);
    const tables = body('page size ignored').flatMap((e, i) =>
      e.kind === 'table' ? [[`body[${i}]`, 'grid']] : [],
    );
    expect(found).toEqual([['page', 'width'], ['page', 'height'], ...tables]);
  });
});
