/**
 * Delivering from the app, through the real handlers and store over a temp folder: email drafts
 * beside documents, and the shell opening only what this run wrote (drafts included).
 */
import { diff } from '../../../../shared/ipc/operations.ts';
import { copyFile, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/node/dispatch.ts';
import { createHandlers } from '../../../../electron/node/handlers/index.ts';
import { Session, type Dialogs } from '../../../../electron/node/session.ts';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { Envelope } from '../../../../shared/ipc/envelope.ts';
import type { GenerateResult, HistoryFile, OpenDocument } from '../../../../shared/ipc/contract.ts';
import { FIXTURE_PATH, FIXTURE_TODAY } from '../../../helpers/fixture.ts';

let dir: string;
let opened: string[];
let call: (channel: string, args: unknown) => Promise<Envelope<unknown>>;

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.message}`);
  return envelope.value as T;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-delivery-'));
  opened = [];
  const dialogs: Dialogs = {
    openFile: () => Promise.resolve(null),
    openWordFile: () => Promise.resolve(null),
    saveFile: () => Promise.resolve(null),
    chooseFolder: () => Promise.resolve(null),
    openPath: (path) => {
      opened.push(path);
      return Promise.resolve();
    },
    showInFolder: (path) => void opened.push(`reveal:${path}`),
  };
  const session = await Session.start({
    mode: 'electron',
    version: 'test',
    dataDir: join(dir, 'data'),
    dialogs,
    today: FIXTURE_TODAY,
  });
  await copyFile(FIXTURE_PATH, join(dir, 'p.json'));
  await session.adopt(await ProgramStore.open(join(dir, 'p.json'), session.storeOptions));
  const handlers = createHandlers(session);
  call = (channel, args) => dispatch(handlers, channel, args);
  return async () => {
    await session.close();
    await rm(dir, { recursive: true, force: true });
  };
});

describe('reports:generate with email drafts', () => {
  it('writes a draft beside each report, and the shell opens it because this run wrote it', async () => {
    const out = join(dir, 'out');
    value(await call('reports:chooseOutputDir', { path: out }));
    const result = value<GenerateResult>(
      await call('reports:generate', { targets: [{ stakeholderId: 's-cfo' }], email: true }),
    );
    const [doc] = result.written;
    expect(doc?.draft?.fileName).toBe(
      '2026-11-20 Checkout Payments Migration - Dana Whitfield (executive-brief).eml',
    );
    expect((await readdir(out)).sort()).toEqual([doc?.fileName, doc?.draft?.fileName]);

    value(await call('shell:open', { path: doc?.draft?.path }));
    value(await call('shell:reveal', { path: doc?.path }));
    expect(opened).toEqual([doc?.draft?.path, `reveal:${doc?.path}`]);

    // A draft this run did not write is refused, even in the same folder.
    const planted = join(out, 'planted.eml');
    await writeFile(planted, 'X-Unsent: 1\r\n\r\nhello');
    const refused = await call('shell:open', { path: planted });
    expect(refused.ok).toBe(false);
    expect(opened).toHaveLength(2);
  });

  it('without email, writes the document alone', async () => {
    const out = join(dir, 'out');
    value(await call('reports:chooseOutputDir', { path: out }));
    const result = value<GenerateResult>(
      await call('reports:generate', { targets: [{ stakeholderId: 's-cfo' }] }),
    );
    expect(result.written[0]?.draft).toBeUndefined();
    expect(await readdir(out)).toHaveLength(1);
  });
});

describe('reports:files', () => {
  it('finds each report of the history where it was written, and says when it was moved or deleted', async () => {
    const out = join(dir, 'out');
    value(await call('reports:chooseOutputDir', { path: out }));
    const result = value<GenerateResult>(
      await call('reports:generate', { targets: [{ stakeholderId: 's-cfo' }, { stakeholderId: 's-vpe' }] }),
    );
    const [cfo, vpe] = result.written;
    const records = result.document.file.reports;
    const cfoRecord = records.find((r) => r.fileName === cfo?.fileName)!;
    const vpeRecord = records.find((r) => r.fileName === vpe?.fileName)!;
    expect(cfoRecord.path).toBe(cfo?.path);

    await rename(vpe!.path, join(dir, 'elsewhere.docx'));
    const files = value<Record<string, HistoryFile>>(await call('reports:files', {}));
    expect(files[cfoRecord.id]).toEqual({ path: cfo?.path, exists: true });
    expect(files[vpeRecord.id]).toEqual({ path: vpe?.path, exists: false });
  });

  it('lets the window open a history file found on disk, never a path the file was edited to name', async () => {
    const out = join(dir, 'older');
    value(await call('reports:chooseOutputDir', { path: out }));
    const doc = value<OpenDocument>(await call('file:current', {}));
    const found = join(out, 'old brief.docx');
    await mkdir(out, { recursive: true });
    await writeFile(found, 'PK');
    const planted = join(dir, 'p.json');
    const edited = {
      ...doc.file,
      reports: [
        {
          id: 'r-old',
          generatedAt: '2026-10-01',
          template: 'executive-brief',
          stakeholderIds: ['s-cfo'],
          fileName: 'old brief.docx',
          path: found,
          snapshot: {},
        },
        {
          id: 'r-bad',
          generatedAt: '2026-10-02',
          template: 'executive-brief',
          stakeholderIds: ['s-cfo'],
          fileName: 'x.docx',
          path: planted,
          snapshot: {},
        },
      ],
    };
    value(await call('file:apply', { ops: diff(doc.file, edited).operations, baseRevision: doc.revision }));
    const files = value<Record<string, HistoryFile>>(await call('reports:files', {}));
    expect(files['r-old']).toEqual({ path: found, exists: true });
    expect(files['r-bad']).toEqual({ path: null, exists: false });
    value(await call('shell:open', { path: found }));
    expect(opened).toEqual([found]);
    expect((await call('shell:open', { path: planted })).ok).toBe(false);
  });
});
