/**
 * Bounded documents, counted where a reader would see them: every document converted to PDF
 * with LibreOffice (Arial's metric twin is installed, so a page here is a page in Word). The
 * executive brief holds one page on A4 and Letter, in our styles and in a 12 pt Courier template,
 * also with more milestones and risks than fit; no document of the fixture or of a generated
 * 1,000-person, 5,000-item program runs past ten pages. One LibreOffice run for all of them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx, type RenderDocxOptions } from '../../../../shared/docx/render.ts';
import { composeChecklist } from '../../../../shared/reports/checklist.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import type { ReportDoc } from '../../../../shared/reports/model.ts';
import { STAKEHOLDER_TEMPLATES, type ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, crowdedFixture, fixtureData } from '../../../helpers/fixture.ts';
import { generateProgram } from '../../../helpers/generate-program.ts';
import { pageCounts } from '../../../helpers/docx-reading.ts';
import { pythonDocxFailures } from '../../../helpers/office.ts';
import { COURIER_TEMPLATE } from './user-template.ts';

const today = FIXTURE_TODAY;
const dir = mkdtempSync(join(tmpdir(), 'liaison-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const docs: Array<{ name: string; doc: ReportDoc; options?: RenderDocxOptions; max: number }> = [];
const brief = (file: ProgramFile) => composeReport(file, 's-cfo', { today }).doc;
docs.push(
  { name: 'brief-a4', doc: brief(fixtureData()), max: 1 },
  { name: 'brief-letter', doc: brief(fixtureData()), options: { pageSize: 'letter' }, max: 1 },
  { name: 'brief-courier', doc: brief(fixtureData()), options: { styles: COURIER_TEMPLATE }, max: 1 },
  { name: 'crowded-a4', doc: brief(crowdedFixture()), max: 1 },
  { name: 'crowded-letter', doc: brief(crowdedFixture()), options: { pageSize: 'letter' }, max: 1 },
  { name: 'crowded-courier', doc: brief(crowdedFixture()), options: { styles: COURIER_TEMPLATE }, max: 1 },
);
for (const s of fixtureData().stakeholders)
  docs.push({ name: `fixture-${s.id}`, doc: composeReport(fixtureData(), s.id, { today }).doc, max: 10 });
docs.push({
  name: 'fixture-steerco',
  doc: composeChecklist(fixtureData(), 'mt-steerco', { today }).doc,
  max: 10,
});

// The generated program: for each template, the reader of that template with the most to read
// (full detail, and the most decisions, deliveries and actions of their own).
const big = generateProgram({ stakeholders: 1000, items: 5000, today });
const load = (id: string): number =>
  big.decisions.filter((d) => d.deciderIds.includes(id)).length * 3 +
  big.dependencies.filter((d) => d.ownerId === id).length +
  big.actions.filter((a) => a.ownerId === id || a.owedToIds.includes(id)).length;
for (const template of STAKEHOLDER_TEMPLATES) {
  const reader = big.stakeholders
    .filter((s) => s.preferences.detail === 'full' && !s.external)
    .sort((a, b) => load(b.id) - load(a.id))[0]!;
  docs.push({
    name: `generated-${template}`,
    doc: composeReport(big, reader.id, { today, template }).doc,
    max: template === 'executive-brief' ? 1 : 10,
  });
}
docs.push({ name: 'generated-checklist', doc: composeChecklist(big, 'mt-0', { today }).doc, max: 10 });

describe('bounded documents in LibreOffice', async () => {
  const paths: string[] = [];
  for (const d of docs) {
    const path = join(dir, `${d.name}.docx`);
    writeFileSync(path, await renderDocx(d.doc, d.options));
    paths.push(path);
  }
  const counts = pageCounts(paths);
  const pages = Object.fromEntries(docs.map((d, i) => [d.name, counts[i]]));

  it('keeps the CFO’s executive brief to one page: A4, Letter, a Courier template, and with more than fits', () => {
    const briefs = docs.filter((d) => d.max === 1).map((d) => d.name);
    expect(Object.fromEntries(briefs.map((n) => [n, pages[n]]))).toEqual(
      Object.fromEntries(briefs.map((n) => [n, 1])),
    );
  });

  it('writes no document over ten pages, for the fixture and a 1,000-person, 5,000-item program', () => {
    for (const d of docs) {
      const n = pages[d.name] ?? 0;
      expect(n, d.name).toBeGreaterThan(0);
      expect(n, d.name).toBeLessThanOrEqual(d.max);
    }
  });

  it('writes documents python-docx opens', () => {
    expect(pythonDocxFailures(paths)).toEqual([]);
  });
});
