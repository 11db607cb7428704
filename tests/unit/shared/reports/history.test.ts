import { describe, expect, it } from 'vitest';
import { reportHistory } from '../../../../shared/reports/history.ts';
import type { ProgramFile, ReportRecord } from '../../../../shared/schema/program.ts';
import { fixtureData } from '../../../helpers/fixture.ts';

function record(
  id: string,
  generatedAt: string,
  template: ReportRecord['template'],
  readers: string[],
): ReportRecord {
  return {
    id,
    generatedAt,
    template,
    stakeholderIds: readers,
    fileName: `${id}.docx`,
    snapshot: {
      'm-pci': { kind: 'milestone', title: 'PCI audit', status: 'at-risk' },
      junk: { not: 'an entry' },
    },
  };
}

describe('the report history', () => {
  const file: ProgramFile = {
    ...fixtureData(),
    reports: [
      record('r1', '2026-11-06T09:00:00.000Z', 'executive-brief', ['s-cfo']),
      record('r3', '2026-11-20T10:00:00.000Z', 'status-update', ['s-vpe']),
      {
        ...record('r2', '2026-11-13T09:00:00.000Z', 'executive-brief', ['s-cfo', 's-gone']),
        forDate: '2026-11-12',
      },
    ],
  };

  it('lists every report newest first, with the readers by name and what it showed', () => {
    const entries = reportHistory(file);
    expect(entries.map((e) => e.record.id)).toEqual(['r3', 'r2', 'r1']);
    expect(entries[0]?.day).toBe('20 Nov 2026');
    // The day a report was written for (--today) wins over the moment it was written.
    expect(entries[1]?.day).toBe('12 Nov 2026');
    // A reader deleted since keeps their id, so the row still says whom it went to.
    expect(entries[1]?.readers).toEqual([
      { id: 's-cfo', name: 'Dana Whitfield' },
      { id: 's-gone', name: 's-gone' },
    ]);
    expect(entries[0]?.items).toEqual([
      { id: 'm-pci', kind: 'Milestone', title: 'PCI audit', status: 'at-risk' },
    ]);
  });

  it('filters by reader and by template', () => {
    expect(reportHistory(file, { readerId: 's-cfo' }).map((e) => e.record.id)).toEqual(['r2', 'r1']);
    expect(reportHistory(file, { template: 'status-update' }).map((e) => e.record.id)).toEqual(['r3']);
    expect(reportHistory(file, { readerId: 's-vpe', template: 'executive-brief' })).toEqual([]);
  });

  it('lists what a report showed when it points to an earlier record with the same snapshot, one added since included', () => {
    const grown: ProgramFile = { ...file, reports: [...file.reports] };
    expect(reportHistory(grown)).toHaveLength(3);
    // Records appended to the same array after it was read once (as a test or a script may).
    grown.reports.push(
      { ...record('r4', '2026-11-27T09:00:00.000Z', 'status-update', ['s-em']) },
      {
        ...record('r5', '2026-11-27T09:01:00.000Z', 'status-update', ['s-sec']),
        snapshot: { '~sameAs': 'r4' },
      },
    );
    const r5 = reportHistory(grown).find((e) => e.record.id === 'r5');
    expect(r5?.items).toEqual([{ id: 'm-pci', kind: 'Milestone', title: 'PCI audit', status: 'at-risk' }]);
  });
});
