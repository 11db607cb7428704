import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordInHistory, writeDocuments } from '../../../../electron/node/documents.ts';
import { composeReport } from '../../../../shared/reports/compose.ts';
import { reportHistory } from '../../../../shared/reports/history.ts';
import { docText } from '../../../../shared/reports/model.ts';
import { updateItem } from '../../../../shared/record/collections.ts';
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

describe('a batch keeps each distinct snapshot once', () => {
  const readers = ['s-cfo', 's-vpe', 's-em', 's-provider'];

  it('stores later identical snapshots as references that still read as the full snapshot', async () => {
    const file = fixtureData();
    const batch = await writeDocuments(
      file,
      readers.map((stakeholderId) => ({ kind: 'report' as const, stakeholderId })),
      { today: '2026-11-20', outDir: dir },
    );
    // Saved and read back, as the next session would see it.
    const recorded = JSON.parse(
      JSON.stringify(recordInHistory(file, batch.records, '2026-11-20')),
    ) as typeof file;
    const stored = recorded.reports.map((r) => JSON.stringify(r.snapshot).length);
    const full = Math.max(...stored);
    // The internal readers see the same record: one of them holds it, the others point to it.
    expect(stored.filter((n) => n === full)).toHaveLength(1);
    expect(stored.filter((n) => n < 100).length).toBeGreaterThanOrEqual(2);

    // History lists what each report showed, the referenced ones included.
    const shown = new Map(reportHistory(recorded).map((h) => [h.readers[0]?.id, h.items.length]));
    expect(shown.get('s-vpe')).toBe(shown.get('s-cfo'));
    expect(shown.get('s-em')).toBeGreaterThan(10);

    // "Since your last update" for a reader whose record is a reference compares with the full snapshot.
    const risk = recorded.risks[0]!;
    const later = updateItem(recorded, 'risks', risk.id, (r) => ({ ...r, status: 'closed' as const }));
    const text = docText(composeReport(later, 's-em', { today: '2026-11-27' }).doc);
    expect(text).toContain('Since your last update (20 Nov 2026)');
    expect(text).toContain(risk.title);
    expect(text).not.toContain('recorded no snapshot to compare with');
  });
});

describe('a long batch, saved a few records at a time', () => {
  const today = '2026-11-20';
  const recordFor = (file: ReturnType<typeof fixtureData>, n: number, readerId: string) => ({
    id: `rep-${today}-${String(n).padStart(8, '0')}`,
    generatedAt: `${today}T09:00:00.000Z`,
    forDate: today,
    template: 'status-update' as const,
    stakeholderIds: [readerId],
    fileName: `report ${n}.docx`,
    snapshot: composeReport(file, readerId, { today }).snapshot,
  });
  /** Each save read back from disk (new objects), as the next session or another writer sees it. */
  const saved = (file: ReturnType<typeof fixtureData>) => JSON.parse(JSON.stringify(file)) as typeof file;

  it('keeps one copy of a snapshot shared by 150 records, however many were saved after it', () => {
    let file = fixtureData();
    for (let save = 0; save < 15; save++) {
      const records = Array.from({ length: 10 }, (_, i) => recordFor(file, save * 10 + i, 's-vpe'));
      file = saved(recordInHistory(file, records, today));
    }
    const whole = file.reports.filter((r) => !('~sameAs' in r.snapshot));
    expect(file.reports).toHaveLength(fixtureData().reports.length + 150);
    expect(whole.filter((r) => r.stakeholderIds[0] === 's-vpe')).toHaveLength(1);
    // The last record still reads as what the report showed.
    const last = file.reports.at(-1)!;
    expect(reportHistory(file).find((h) => h.record.id === last.id)?.items.length).toBeGreaterThan(10);
  });

  it('stores a snapshot whole again once the record it showed has changed', () => {
    let file = fixtureData();
    file = saved(recordInHistory(file, [recordFor(file, 1, 's-vpe'), recordFor(file, 2, 's-vpe')], today));
    const risk = file.risks[0]!;
    file = updateItem(file, 'risks', risk.id, (r) => ({ ...r, status: 'closed' as const }));
    file = recordInHistory(file, [recordFor(file, 3, 's-vpe'), recordFor(file, 4, 's-vpe')], today);
    const ours = file.reports.slice(-4).map((r) => ('~sameAs' in r.snapshot ? 'ref' : 'whole'));
    expect(ours).toEqual(['whole', 'ref', 'whole', 'ref']);
  });
});
