import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordInHistory, writeDocuments } from '../../../../electron/node/documents.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { docText } from '../../../../shared/reports/model.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-since-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('"Since your last update" across two written reports', () => {
  it('dates the second CFO report by the day the first was made for (--today), not the clock', async () => {
    let file = fixtureData();
    const first = await writeDocuments(file, [{ kind: 'report', stakeholderId: 's-cfo' }], {
      today: '2026-11-20',
      outDir: dir,
      now: () => new Date('2026-12-01T09:29:00Z'),
    });
    expect(first.records[0]).toMatchObject({
      forDate: '2026-11-20',
      generatedAt: '2026-12-01T09:29:00.000Z',
    });
    file = recordInHistory(file, first.records, '2026-11-20');
    const second = composeReport(file, 's-cfo', { today: '2026-11-27' });
    expect(docText(second.doc)).toContain('Since your last update (20 Nov 2026)');
  });
});
