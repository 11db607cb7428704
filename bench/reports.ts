/**
 * Documents, warm in one process: compose, render and write (with fsync) one report, for the
 * fixture and for a generated program of 1,000 stakeholders and 5,000 items. Batches and pandoc
 * are in command-line.ts, run as the user runs them.
 * Target (issue 15): the fixture CFO brief, all three, <= 5 ms median.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nativeCodec } from '../electron/node/document-render.ts';
import { writeNewFileDurably } from '../electron/node/durable-write.ts';
import { renderDocxReference } from '../shared/docx/reference.ts';
import { renderDocx } from '../shared/docx/render.ts';
import { provideCodec } from '../shared/docx/xml/package.ts';
import { composeReport } from '../shared/reports/compose.ts';
import type { ProgramFile } from '../shared/schema/program.ts';
import { fixtureData, FIXTURE_TODAY } from '../tests/helpers/fixture.ts';
import { generateProgram } from '../tests/helpers/generate-program.ts';
import { measure, printFigures, type Figure } from './measure.ts';

async function oneReport(
  label: string,
  file: ProgramFile,
  readerId: string,
  dir: string,
  runs = 50,
): Promise<Figure[]> {
  let n = 0;
  const composed = composeReport(file, readerId, { today: FIXTURE_TODAY });
  const bytes = await renderDocx(composed.doc);
  return [
    await measure(`${label}: compose`, runs, () => composeReport(file, readerId, { today: FIXTURE_TODAY })),
    await measure(`${label}: render docx`, runs, () => renderDocx(composed.doc)),
    await measure(`${label}: write (fsync)`, runs, () =>
      writeNewFileDurably(join(dir, `${label}-${n++}.docx`), bytes),
    ),
    await measure(`${label}: one report, all three`, runs, async () => {
      const c = composeReport(file, readerId, { today: FIXTURE_TODAY });
      await writeNewFileDurably(join(dir, `${label}-all-${n++}.docx`), await renderDocx(c.doc));
    }),
    // The docx object tree renderDocx is checked against: the figure before the direct writer. Last,
    // so the garbage it leaves is not collected in the figures above.
    await measure(`${label}: render docx (reference)`, runs, () => renderDocxReference(composed.doc)),
  ];
}

export async function benchReports(): Promise<void> {
  // Deflated as the app and the command line do (importing document-render.ts sets it; said here too).
  provideCodec(nativeCodec);
  const dir = await mkdtemp(join(tmpdir(), 'liaison-bench-docs-'));
  try {
    const fixture = fixtureData();
    const large = generateProgram({ stakeholders: 1000, items: 5000, today: FIXTURE_TODAY });
    const bigReader =
      large.stakeholders.find((s) => s.preferences.template === 'technical-update' && !s.external)?.id ??
      's-1';
    printFigures('One report, warm (target: fixture CFO brief, all three <= 5 ms median)', [
      ...(await oneReport('fixture CFO brief', fixture, 's-cfo', dir)),
      // A technical update lists every open item: hundreds of pages here, so fewer runs.
      ...(await oneReport('generated technical update', large, bigReader, dir, 5)),
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
