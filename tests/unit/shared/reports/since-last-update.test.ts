import { describe, expect, it } from 'vitest';
import { composeReport } from '../../../../shared/reports/compose.ts';
import {
  describeChange,
  diffSnapshots,
  lastReportTo,
  readSnapshot,
  takeSnapshot,
} from '../../../../shared/view/snapshot.ts';
import type { ProgramFile, ReportRecord, StakeholderTemplate } from '../../../../shared/schema/program.ts';
import { FIXTURE_TODAY, fixtureData } from '../../../helpers/fixture.ts';
import { headings, section, textOf } from './doc-query.ts';

const today = FIXTURE_TODAY;

/** Records in the history the report `composeReport` writes for this reader on `day`. */
function sendReport(
  file: ProgramFile,
  readerId: string,
  day: string,
  template?: StakeholderTemplate,
): ReportRecord {
  const { snapshot } = composeReport(file, readerId, { today: day, ...(template ? { template } : {}) });
  const record: ReportRecord = {
    id: `rep-${file.reports.length + 1}`,
    generatedAt: `${day}T09:00:00.000Z`,
    template: template ?? 'status-update',
    stakeholderIds: [readerId],
    fileName: 'x.docx',
    snapshot,
  };
  file.reports.push(record);
  return record;
}

/** The changes as listed: the section's lines, or the one-page paragraph after its lead-in. */
function sinceLines(file: ProgramFile, readerId: string, template?: StakeholderTemplate): string {
  const { doc } = composeReport(file, readerId, { today, ...(template ? { template } : {}) });
  const compact = doc.blocks.find(
    (b) => b.type === 'paragraph' && b.runs[0]?.text.startsWith('Since your last update'),
  );
  if (compact?.type === 'paragraph')
    return compact.runs
      .slice(1)
      .map((r) => r.text)
      .join('');
  return textOf(section(doc, 'Since your last update'));
}

describe('"Since your last update"', () => {
  it('is absent when the history has no report to the reader', () => {
    const file = fixtureData();
    expect(headings(composeReport(file, 's-vpe', { today }).doc).some((h) => h.startsWith('Since'))).toBe(
      false,
    );
    sendReport(file, 's-cfo', '2026-11-06');
    expect(headings(composeReport(file, 's-vpe', { today }).doc).some((h) => h.startsWith('Since'))).toBe(
      false,
    );
  });

  it('lists what was added, closed, or changed status or dates since then', () => {
    const file = fixtureData();
    sendReport(file, 's-vpe', '2026-11-13');
    const pci = file.milestones.find((m) => m.id === 'm-pci')!;
    pci.status = 'late';
    pci.window = { ...pci.window, latest: '2027-01-23' };
    file.risks.find((r) => r.id === 'r-recon')!.status = 'closed';
    file.dependencies.find((d) => d.id === 'dep-recon')!.neededBy = '2027-01-29';
    file.actions.find((a) => a.id === 'a-savings-forecast')!.status = 'done';
    file.program.status.rag = 'red';
    file.risks.push({ ...file.risks[0]!, id: 'r-new', title: 'Assessor unavailable in December' });

    const { doc } = composeReport(file, 's-vpe', { today });
    expect(headings(doc, 1).find((h) => h.startsWith('Since'))).toBe('Since your last update (13 Nov 2026)');
    const lines = textOf(section(doc, 'Since your last update')).split('\n');
    expect(lines).toEqual([
      'Overall status: now Red, steady (was Amber, steady)',
      'Milestone "PCI DSS 4.0 assessment passed": now Late (was At risk); dates 1 Dec 2026 – 23 Jan 2027 (were 1 Dec 2026 – 9 Jan 2027)',
      'Closed: risk "Settlement reconciliation mismatches"',
      'New: risk "Assessor unavailable in December"',
      'Dependency "Rounding-aware reconciliation job": dates needed by 29 Jan 2027 (were needed by 15 Jan 2027)',
    ]);
  });

  it('reports an action done to a reader it concerns, and not to one it does not', () => {
    const file = fixtureData();
    sendReport(file, 's-cfo', '2026-11-06', 'executive-brief');
    sendReport(file, 's-sec', '2026-11-06');
    file.actions.find((a) => a.id === 'a-savings-forecast')!.status = 'done';
    expect(sinceLines(file, 's-cfo')).toBe('Done: action "Send the month-by-month fee savings forecast".');
    expect(sinceLines(file, 's-sec')).toBe('Nothing in this report has changed since then.');
  });

  it('compares with the most recent report to the reader, and ignores meeting checklists', () => {
    const file = fixtureData();
    sendReport(file, 's-vpe', '2026-11-06');
    file.risks.find((r) => r.id === 'r-refunds')!.status = 'mitigating';
    const latest = sendReport(file, 's-vpe', '2026-11-13');
    file.reports.push({
      ...latest,
      id: 'rep-checklist',
      template: 'meeting-checklist',
      generatedAt: '2026-11-19T09:00:00.000Z',
      snapshot: {},
    });
    expect(lastReportTo(file, 's-vpe')?.id).toBe(latest.id);
    expect(sinceLines(file, 's-vpe')).toBe('Nothing in this report has changed since then.');
  });

  it('keeps an executive brief to one page: one paragraph under the status, at most four changes, the rest counted', () => {
    const file = fixtureData();
    sendReport(file, 's-cfo', '2026-11-06', 'executive-brief');
    for (const m of file.milestones)
      if (m.criticalPath && m.status !== 'done') m.window = { ...m.window, latest: '2027-06-30' };
    file.risks.find((r) => r.id === 'r-refunds')!.status = 'mitigating';
    const { doc } = composeReport(file, 's-cfo', { today });
    expect(doc.fit).toBe('one-page');
    // Right after what she is asked for and owed.
    const since =
      doc.blocks[doc.blocks.findIndex((b) => b.type === 'heading' && b.text === 'We owe you') + 2];
    expect(since?.type).toBe('paragraph');
    const runs = since?.type === 'paragraph' ? since.runs : [];
    expect(runs[0]).toEqual({ text: 'Since your last update (6 Nov 2026): ', bold: true });
    expect(runs[1]?.text.split('; ')).toHaveLength(4);
    expect(runs[2]).toEqual({ text: ' …and 1 more change.', muted: true });
  });

  it('is dated by the day the earlier report was made for, not the clock time it was written', () => {
    const file = fixtureData();
    const first = sendReport(file, 's-cfo', '2026-11-20', 'executive-brief');
    first.generatedAt = '2026-12-01T09:30:00.000Z';
    first.forDate = '2026-11-20';
    const { doc } = composeReport(file, 's-cfo', { today: '2026-11-27' });
    const since = doc.blocks.find((b) => b.type === 'paragraph' && b.runs[0]?.text.startsWith('Since'));
    expect(since?.type === 'paragraph' ? since.runs[0]?.text : '').toBe(
      'Since your last update (20 Nov 2026): ',
    );
  });

  it('says so when the last report recorded no snapshot', () => {
    const file = fixtureData();
    sendReport(file, 's-vpe', '2026-11-13').snapshot = { junk: 42, 'm-pci': { kind: 'nonsense' } };
    expect(sinceLines(file, 's-vpe')).toBe('That update recorded no snapshot to compare with.');
  });

  it('does not tell an external reader that an item turned internal was removed', () => {
    const file = fixtureData();
    sendReport(file, 's-provider', '2026-11-04', 'partner-update');
    file.risks.find((r) => r.id === 'r-rate-limit')!.internal = true;
    expect(sinceLines(file, 's-provider', 'partner-update')).not.toContain('Provider rate limits at peak');
  });
});

describe('snapshots', () => {
  it('hold one compact entry per item the reader may see', () => {
    const snap = takeSnapshot(fixtureData());
    expect(snap['m-pci']).toEqual({
      kind: 'milestone',
      title: 'PCI DSS 4.0 assessment passed',
      status: 'at-risk',
      dates: { earliest: '2026-12-01', likely: '2026-12-12', latest: '2027-01-09' },
      topics: ['compliance', 'security'],
    });
    expect(snap['prog-payments']).toMatchObject({ kind: 'program', status: 'amber', value: 'steady' });
    expect(snap['kr-fee']).toMatchObject({ kind: 'key-result', status: 'open', value: '2.84%' });
    expect(snap['d-fallback']).toMatchObject({
      kind: 'decision',
      status: 'open',
      people: ['s-cfo', 's-vpe'],
    });
  });

  it('survive a JSON round trip and are read back defensively', () => {
    const snap = takeSnapshot(fixtureData());
    expect(readSnapshot(JSON.parse(JSON.stringify(snap)) as Record<string, unknown>)).toEqual(snap);
    expect(readSnapshot({ a: null, b: 'x', c: { kind: 'risk' } })).toEqual({});
  });

  it('diff into added, closed, changed and removed', () => {
    const before = takeSnapshot(fixtureData());
    const file = fixtureData();
    file.decisions.find((d) => d.id === 'd-fallback')!.status = 'decided';
    file.decisions.find((d) => d.id === 'd-fallback')!.outcome = 'opt-30';
    file.wins = file.wins.filter((w) => w.id !== 'w-sandbox-early');
    file.objectives[0]!.keyResults[0]!.current = 2.7;
    const changes = diffSnapshots(before, takeSnapshot(file));
    expect(changes.map((c) => [c.id, c.change])).toEqual([
      ['d-fallback', 'closed'],
      ['kr-fee', 'changed'],
      ['w-sandbox-early', 'removed'],
    ]);
    expect(changes.map(describeChange)).toEqual([
      'Decided: decision "How long do we keep the legacy gateway as a fallback after cutover?" (Keep it 30 days)',
      'Key result "Blended processing fee rate": 2.7% (was 2.84%)',
      'No longer in the plan: win "Sandbox integration finished a week early"',
    ]);
  });
});
