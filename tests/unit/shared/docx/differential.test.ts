/**
 * The Word writer against its reference: the same document trees rendered both ways read the
 * same in python-docx (paragraph text and runs, styles, list levels and labels, table cells and
 * spans, header, footer, page) and lay out on as many pages in LibreOffice. The trees: every
 * document of the fixture (each reader's report, the steering committee's checklist, the
 * communication plan, our styles and two users' templates, A4 and Letter) and random ones, both
 * composed from random programs and raw. One python process and one LibreOffice run for all.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../shared/docx/render.ts';
// A is renderDocx (the writer), B the reference it is compared with.
import { renderDocxReference } from '../../../../shared/docx/reference.ts';
import { addDays } from '../../../../shared/domain/dates.ts';
import { composePlanDoc } from '../../../../shared/plan/document.ts';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import type { ReportDoc } from '../../../../shared/reports/model.ts';
import { STAKEHOLDER_TEMPLATES } from '../../../../shared/schema/program.ts';
import {
  compareRenderers,
  describeDifferences,
  type DifferentialDoc,
} from '../../../helpers/differential.ts';
import { content } from '../../../helpers/docx-reading.ts';
import { FIXTURE_TODAY, crowdedFixture, fixtureData } from '../../../helpers/fixture.ts';
import { programFile } from './arbitrary-program.ts';
import { renderOptions, reportDoc } from './arbitrary-report-doc.ts';
import { COURIER_TEMPLATE, HOUSE_TEMPLATE } from './user-template.ts';

const today = FIXTURE_TODAY;
/** Random trees per run: python-docx reads them all in the one process, LibreOffice none. */
const RANDOM_TREES = 30;
// A fresh seed each run, printed with any failure; DIFF_SEED=<n> replays it.
const seed = Number(process.env.DIFF_SEED ?? Math.floor(Math.random() * 2 ** 31));

const dir = mkdtempSync(join(tmpdir(), 'liaison-differential-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const report = (readerId: string, file = fixtureData()): ReportDoc =>
  composeReport(file, readerId, { today }).doc;

/** The fixture's documents; `pages` on a handful, for LibreOffice (its run is the slow part). */
const fixtureDocs: DifferentialDoc[] = [
  // The four templates, each for a reader of it.
  { name: 'executive-brief s-cfo', doc: report('s-cfo'), pages: true },
  { name: 'status-update s-vpe', doc: report('s-vpe'), pages: true },
  { name: 'technical-update s-em', doc: report('s-em'), pages: true },
  { name: 'partner-update s-provider', doc: report('s-provider'), pages: true },
  {
    name: 'checklist mt-steerco',
    doc: composeChecklist(fixtureData(), 'mt-steerco', { today }).doc,
    pages: true,
  },
  { name: 'communication plan', doc: composePlanDoc(fixtureData(), today, 8), pages: true },
  { name: 'brief letter', doc: report('s-cfo'), options: { pageSize: 'letter' }, pages: true },
  {
    name: 'brief courier template',
    doc: report('s-cfo'),
    options: { styles: COURIER_TEMPLATE },
    pages: true,
  },
  { name: 'status house template', doc: report('s-vpe'), options: { styles: HOUSE_TEMPLATE }, pages: true },
  { name: 'crowded brief letter', doc: report('s-cfo', crowdedFixture()), options: { pageSize: 'letter' } },
  ...fixtureData()
    .stakeholders.filter((s) => !['s-cfo', 's-vpe', 's-em', 's-provider'].includes(s.id))
    .map((s) => ({ name: `report ${s.id}`, doc: report(s.id) })),
];

/** Random trees: half composed from random programs (any template), half raw, with random options. */
const composed = fc
  .tuple(programFile, fc.nat(400), fc.nat(10), fc.nat(STAKEHOLDER_TEMPLATES.length))
  .map(([file, offset, who, kind]): ReportDoc => {
    const when = addDays('2026-06-01', offset);
    const reader = file.stakeholders[who % file.stakeholders.length]!;
    const template = STAKEHOLDER_TEMPLATES[kind];
    return template
      ? composeReport(file, reader.id, { today: when, template }).doc
      : composeChecklist(file, 'mt0', { today: when }).doc;
  });
const randomDocs: DifferentialDoc[] = [
  ...fc.sample(fc.tuple(composed, renderOptions), { numRuns: RANDOM_TREES / 2, seed }),
  ...fc.sample(fc.tuple(reportDoc, renderOptions), { numRuns: RANDOM_TREES / 2, seed: seed + 1 }),
].map(([doc, options], i) => ({ name: `random ${i}`, doc, options }));

describe('the Word writer against the reference renderer', async () => {
  const { differences, readings, pages } = await compareRenderers(
    renderDocx,
    renderDocxReference,
    [...fixtureDocs, ...randomDocs],
    dir,
  );
  const isRandom = (name: string): boolean => name.startsWith('random ');

  it('reads the same in python-docx for every document of the fixture', () => {
    for (const r of readings.filter((x) => !isRandom(x.name))) {
      // Guards against comparing two empty readings: each has its title, headings and text.
      const body = content(r.a).body;
      expect(
        body.filter((e) => e.kind === 'p' && /^heading \d/i.test(e.style ?? '')).length,
        r.name,
      ).toBeGreaterThan(0);
      expect(body[0], r.name).toMatchObject({
        kind: 'p',
        text: 'Checkout Payments Migration',
        style: 'Title',
      });
    }
    expect(describeDifferences(differences.filter((d) => !isRandom(d.doc) && d.where !== 'pages'))).toBe('');
  });

  it(`reads the same for ${RANDOM_TREES} random document trees (seed ${seed}, DIFF_SEED replays it)`, () => {
    const found = differences.filter((d) => isRandom(d.doc));
    const first = randomDocs.find((d) => d.name === found[0]?.doc);
    if (first)
      writeFileSync(join(tmpdir(), `liaison-differential-${seed}.json`), JSON.stringify(first, null, 1));
    expect(
      describeDifferences(found),
      first ? `seed ${seed}: ${first.name} is in ${join(tmpdir(), `liaison-differential-${seed}.json`)}` : '',
    ).toBe('');
  });

  it('lays the fixture documents out on as many pages in LibreOffice', () => {
    expect(pages.map((p) => p.name)).toEqual(fixtureDocs.filter((d) => d.pages).map((d) => d.name));
    for (const p of pages) expect(p.a, p.name).toBeGreaterThan(0);
    expect(Object.fromEntries(pages.map((p) => [p.name, p.b]))).toEqual(
      Object.fromEntries(pages.map((p) => [p.name, p.a])),
    );
  });
});
