import { REPORT_DOC_VERSION, type ReportDoc } from '../../shared/reports/model.ts';

/**
 * A small document tree for tests of the renderers: a status update to Bob for the fixture's
 * period, with one paragraph; `overrides` replace any part of it.
 */
export function sampleDoc(overrides: Partial<ReportDoc> = {}): ReportDoc {
  return {
    version: REPORT_DOC_VERSION,
    title: 'Status update',
    subtitle: 'For Bob',
    programName: 'Program',
    period: { start: '2026-11-09', end: '2026-11-20' },
    template: 'status-update',
    reader: { id: 's-bob', name: 'Bob' },
    date: '2026-11-20',
    blocks: [{ type: 'paragraph', runs: [{ text: 'Hello' }] }],
    ...overrides,
  };
}
