/**
 * Batches rendered on worker threads (electron/node/report-pool.ts) write the same documents, in
 * the same order, with the same progress and failures, as one thread does.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocuments, type BatchResult } from '../../../../electron/node/documents.ts';
import { renderDocument, type DocumentRequest } from '../../../../electron/node/document-render.ts';
import { openRenderPool } from '../../../../electron/node/report-pool.ts';
import { startWorkersEarly } from '../../../../electron/node/worker-start.ts';
import { dueList } from '../../../../shared/domain/cadence.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { docxParts } from '../../../helpers/docx.ts';
import { FIXTURE_TODAY } from '../../../helpers/fixture.ts';
import { everyoneDue, generateProgram } from '../../../helpers/generate-program.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-pool-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every part of the package; the creation and modification times in core.xml set aside. */
async function contents(path: string): Promise<Record<string, string>> {
  return partsOf(await readFile(path));
}

async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const parts = await docxParts(bytes);
  for (const [name, xml] of Object.entries(parts))
    parts[name] = xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$1');
  return parts;
}

async function run(
  file: ProgramFile,
  requests: DocumentRequest[],
  out: string,
  poolFrom: number,
  email = false,
): Promise<{ result: BatchResult; progress: string[] }> {
  const progress: string[] = [];
  const result = await writeDocuments(file, requests, {
    today: FIXTURE_TODAY,
    outDir: join(dir, out),
    poolFrom,
    email,
    onProgress: (done, total, last) => progress.push(`${done}/${total} ${last?.readerName ?? 'failed'}`),
  });
  return { result, progress };
}

describe('a batch on worker threads', () => {
  it('writes byte-for-byte the documents one thread writes, in order, failures in their place', async () => {
    const file = everyoneDue(generateProgram({ stakeholders: 24, items: 60, today: FIXTURE_TODAY }));
    const requests: DocumentRequest[] = dueList(file, FIXTURE_TODAY).map((d) => ({
      kind: 'report',
      stakeholderId: d.stakeholderId,
    }));
    expect(requests).toHaveLength(24);
    // A reader who is not in the program, in the middle: it fails there, and the rest go on.
    requests.splice(7, 0, { kind: 'report', stakeholderId: 's-nobody' });
    requests.push({ kind: 'checklist', meetingId: 'mt-0' });

    const single = await run(file, requests, 'single', Infinity);
    const pooled = await run(file, requests, 'pooled', 2);

    expect(pooled.progress).toEqual(single.progress);
    expect(pooled.progress[7]).toBe('8/26 failed');
    expect(pooled.result.failed).toEqual(single.result.failed);
    expect(pooled.result.failed.map((f) => f.message)).toEqual([
      'No stakeholder with id "s-nobody" in this program.',
    ]);
    expect(pooled.result.written.map((w) => w.fileName)).toEqual(
      single.result.written.map((w) => w.fileName),
    );
    expect(pooled.result.written).toHaveLength(25);
    const withoutIds = (r: BatchResult) =>
      r.records.map(({ id: _, generatedAt: __, path: ___, ...rest }) => rest);
    expect(withoutIds(pooled.result)).toEqual(withoutIds(single.result));
    for (const [i, doc] of pooled.result.written.entries()) {
      const alone = single.result.written[i];
      expect(doc.warnings).toEqual(alone?.warnings);
      expect(await contents(doc.path)).toEqual(await contents(alone?.path ?? ''));
    }
  }, 120_000);

  it('makes the same email drafts from documents rendered on the workers as from one thread', async () => {
    const file = everyoneDue(generateProgram({ stakeholders: 12, items: 40, today: FIXTURE_TODAY }));
    const requests = dueList(file, FIXTURE_TODAY).map((d): DocumentRequest => ({
      kind: 'report',
      stakeholderId: d.stakeholderId,
    }));
    const single = await run(file, requests, 'mail-single', Infinity, true);
    const pooled = await run(file, requests, 'mail-pooled', 2, true);
    const drafts = (r: BatchResult) => r.written.map((w) => w.draft?.fileName ?? w.noDraft);
    expect(drafts(pooled.result)).toEqual(drafts(single.result));
    // Drafts were made (the documents' trees crossed from the workers for them), one per document.
    expect(pooled.result.written.filter((w) => w.draft).length).toBeGreaterThan(0);
  }, 120_000);

  it('renders on the workers, and answers in order even when they finish out of order', async () => {
    const file = everyoneDue(generateProgram({ stakeholders: 12, items: 150, today: FIXTURE_TODAY }));
    // Long technical updates and short briefs mixed, so the two workers finish out of turn.
    const requests = file.stakeholders.map((s, i): DocumentRequest => ({
      kind: 'report',
      stakeholderId: s.id,
      template: i % 2 === 0 ? 'technical-update' : 'executive-brief',
    }));
    await expectPoolAsOneThread(file, requests);
  }, 120_000);

  it('renders on workers started before the batch was known, once they are sent the program', async () => {
    // As `liaison report --due` does: the workers start before the program is read.
    startWorkersEarly();
    const file = everyoneDue(generateProgram({ stakeholders: 3, items: 40, today: FIXTURE_TODAY }));
    await expectPoolAsOneThread(
      file,
      file.stakeholders.map((s): DocumentRequest => ({ kind: 'report', stakeholderId: s.id })),
    );
  }, 120_000);
});

/** A pool's documents, taken in order, are those one thread renders, every one by a worker. */
async function expectPoolAsOneThread(file: ProgramFile, requests: DocumentRequest[]): Promise<void> {
  const options = { today: FIXTURE_TODAY };
  const pool = openRenderPool(file, requests, options);
  if (!pool) throw new Error('no worker code found for the pool');
  try {
    for (const [i, request] of requests.entries()) {
      const { bytes, ...shown } = await pool.take(i);
      const { bytes: aloneBytes, ...aloneShown } = await renderDocument(file, request, options);
      expect(shown.template).toBe(request.kind === 'report' ? (request.template ?? shown.template) : null);
      expect(shown).toEqual(aloneShown);
      expect(await partsOf(bytes)).toEqual(await partsOf(aloneBytes));
    }
    expect(pool.byWorkers).toBe(requests.length);
  } finally {
    await pool.close();
  }
}
