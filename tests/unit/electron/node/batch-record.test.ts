/**
 * A batch records its documents several per save (electron/node/documents.ts): a document takes
 * its name only once the history lists it, so a failed save leaves nothing on disk unrecorded.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocuments } from '../../../../electron/node/documents.ts';
import { type DocumentRequest } from '../../../../electron/node/document-render.ts';
import { AppError } from '../../../../electron/node/errors.ts';
import { dueList } from '../../../../shared/domain/cadence.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY } from '../../../helpers/fixture.ts';
import { everyoneDue, generateProgram } from '../../../helpers/generate-program.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-batch-record-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = everyoneDue(generateProgram({ stakeholders: 16, items: 30, today: FIXTURE_TODAY }));
const requests: DocumentRequest[] = dueList(file, FIXTURE_TODAY).map((d) => ({
  kind: 'report',
  stakeholderId: d.stakeholderId,
}));

/** Runs the batch against a program kept here, each save applied to it (until `failAt` saves). */
async function batch(out: string, failAt = Infinity) {
  let saved: ProgramFile = file;
  let saves = 0;
  const printed: string[] = [];
  const result = await writeDocuments(file, requests, {
    today: FIXTURE_TODAY,
    outDir: join(dir, out),
    poolFrom: Infinity,
    record: (change) => {
      if (++saves >= failAt) return Promise.reject(new AppError('write-failed', 'The disk is full.'));
      saved = change(saved);
      return Promise.resolve();
    },
    onProgress: (done, total, last) => printed.push(`${done}/${total} ${last?.fileName ?? 'failed'}`),
  });
  const onDisk = (await readdir(join(dir, out)).catch(() => [] as string[])).sort();
  return { result, saved, printed, onDisk };
}

describe('a batch that records as it writes', () => {
  it('lists every document in the history, in order, each printed once it has its name', async () => {
    const { result, saved, printed, onDisk } = await batch('all');
    expect(result.written).toHaveLength(requests.length);
    expect(saved.reports.map((r) => r.fileName)).toEqual(result.written.map((w) => w.fileName));
    expect(saved.reports.map((r) => r.stakeholderIds[0])).toEqual(
      requests.map((r) => (r.kind === 'report' ? r.stakeholderId : '')),
    );
    expect(onDisk).toEqual(result.written.map((w) => w.fileName).sort());
    expect(printed).toEqual(result.written.map((w, i) => `${i + 1}/${requests.length} ${w.fileName}`));
  });

  it('a save that fails: stops, and leaves no document on disk that the history does not list', async () => {
    const { result, saved, onDisk } = await batch('failing', 2);
    expect(result.notRecorded?.error.message).toBe('The disk is full.');
    const recorded = saved.reports.map((r) => r.fileName);
    expect(recorded.length).toBeGreaterThan(0);
    // Nothing else in the folder: no unrecorded document, and no temp file left behind.
    expect(onDisk).toEqual([...recorded].sort());
    expect(result.written.map((w) => w.fileName)).toEqual(recorded);
    expect(result.notWritten.length + result.written.length).toBe(requests.length);
    expect(result.notWritten.length).toBeGreaterThanOrEqual(result.notRecorded?.waiting ?? 0);
  });

  it('a name taken while the document waited for its save: it takes the next, and the history says so', async () => {
    const out = join(dir, 'taken');
    let taken = '';
    const saved: Array<(f: ProgramFile) => ProgramFile> = [];
    const result = await writeDocuments(file, requests.slice(0, 1), {
      today: FIXTURE_TODAY,
      outDir: out,
      record: async (change) => {
        // Another program writes a file of that name between the staging and the naming.
        if (saved.length === 0) {
          taken = change(file).reports.at(-1)?.fileName ?? '';
          await writeFile(join(out, taken), 'someone else');
        }
        saved.push(change);
      },
    });
    const history = saved.reduce((f, change) => change(f), file).reports;
    expect(result.written[0]?.fileName).toMatch(/ \(2\)\.docx$/);
    expect(history.map((r) => r.fileName)).toEqual([result.written[0]?.fileName]);
    expect((await readdir(out)).sort()).toEqual([taken, result.written[0]?.fileName].sort());
  });
});
