/**
 * Documents: compose, render and write one report (fixture; generated program of 1,000
 * stakeholders and 5,000 items), batch throughput for "all due", and pandoc on the same content.
 * Targets (issue 3): one report warm <= 15 ms median; a batch >= 150 documents a second.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDocuments, type DocumentRequest } from '../electron/node/documents.ts';
import { writeNewFileDurably } from '../electron/node/durable-write.ts';
import { dueList } from '../shared/domain/cadence.ts';
import { renderDocx } from '../shared/docx/render.ts';
import { composeReport } from '../shared/reports/compose.ts';
import type { ProgramFile } from '../shared/schema/program.ts';
import { fixtureData, FIXTURE_TODAY } from '../tests/helpers/fixture.ts';
import { generateProgram } from '../tests/helpers/generate-program.ts';
import { toMarkdown } from './markdown.ts';
import { measure, printFigures, type Figure } from './measure.ts';

async function oneReport(label: string, file: ProgramFile, readerId: string, dir: string, runs = 50): Promise<Figure[]> {
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
  ];
}

async function batch(
  label: string,
  file: ProgramFile,
  requests: DocumentRequest[],
  dir: string,
): Promise<string> {
  await writeDocuments(file, requests.slice(0, 3), { today: FIXTURE_TODAY, outDir: join(dir, 'warm') });
  const start = performance.now();
  const result = await writeDocuments(file, requests, {
    today: FIXTURE_TODAY,
    outDir: join(dir, `batch-${label}`),
  });
  const seconds = (performance.now() - start) / 1000;
  return `  ${label}: ${result.written.length} documents in ${seconds.toFixed(2)} s = ${(result.written.length / seconds).toFixed(0)} documents/s`;
}

function pandoc(file: ProgramFile, readerId: string, dir: string): string {
  const doc = composeReport(file, readerId, { today: FIXTURE_TODAY }).doc;
  const md = join(dir, 'brief.md');
  return md + '\u0000' + toMarkdown(doc);
}

export async function benchReports(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'liaison-bench-docs-'));
  try {
    const fixture = fixtureData();
    const large = generateProgram({ stakeholders: 1000, items: 5000, today: FIXTURE_TODAY });
    const bigReader =
      large.stakeholders.find((s) => s.preferences.template === 'technical-update' && !s.external)?.id ??
      's-1';
    printFigures('One report, warm (target: all three <= 15 ms median)', [
      ...(await oneReport('fixture CFO brief', fixture, 's-cfo', dir)),
      // A technical update lists every open item: hundreds of pages here, so fewer runs.
      ...(await oneReport('generated technical update', large, bigReader, dir, 5)),
    ]);

    console.log('\nBatch "generate all due" (target: >= 150 documents/s)');
    const fixtureDue = dueList(fixture, FIXTURE_TODAY).map((d): DocumentRequest => ({
      kind: 'report',
      stakeholderId: d.stakeholderId,
    }));
    // The fixture has five due readers; forty rounds of them make a batch long enough to time.
    console.log(
      await batch('fixture, 5 due x 40', fixture, Array.from({ length: 40 }, () => fixtureDue).flat(), dir),
    );
    // The first 50 of the generated program's due readers (a mix of templates; some are long).
    const largeDue = dueList(large, FIXTURE_TODAY)
      .slice(0, 50)
      .map((d): DocumentRequest => ({ kind: 'report', stakeholderId: d.stakeholderId }));
    console.log(await batch(`generated, first ${largeDue.length} due`, large, largeDue, dir));

    const [mdPath, markdown] = pandoc(fixture, 's-cfo', dir).split('\u0000') as [string, string];
    await writeFile(mdPath, markdown);
    if (spawnSync('pandoc', ['--version']).status !== 0) {
      console.log('\npandoc is not installed: comparison skipped (apt-get install pandoc).');
      return;
    }
    let i = 0;
    const viaPandoc = await measure('pandoc (Markdown -> docx), per document', 10, () => {
      spawnSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(dir, `pandoc-${i++}.docx`), mdPath]);
    });
    const ours = await measure('Liaison (compose + render + write), per document', 30, async () => {
      const c = composeReport(fixture, 's-cfo', { today: FIXTURE_TODAY });
      await writeNewFileDurably(join(dir, `ours-${i++}.docx`), await renderDocx(c.doc));
    });
    printFigures('The CFO brief: Liaison beside pandoc', [ours, viaPandoc]);
    console.log(`  pandoc / Liaison median: ${(viaPandoc.medianMs / ours.medianMs).toFixed(1)}x`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
