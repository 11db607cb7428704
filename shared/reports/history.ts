/**
 * Reports > History: every report written, newest first, with whom it went to, the template, the
 * day, the file, and what it showed (the items of its snapshot). Filters by reader and template.
 */
import type { ProgramFile, ReportRecord, Template } from '../schema/program.ts';
import { KIND_WORDS, readSnapshot, reportDay, storedSnapshot } from '../view/snapshot.ts';

export interface HistoryEntry {
  record: ReportRecord;
  /** The day as people read it (`20 Nov 2026`). */
  day: string;
  /** The readers by name (an id stays when the person was deleted since); for a checklist, its meeting. */
  readers: Array<{ id: string; name: string }>;
  meetingTitle: string | null;
  /** What the report showed: kind, title and status of each snapshot item. */
  items: Array<{ id: string; kind: string; title: string; status: string }>;
}

export interface HistoryFilter {
  readerId?: string;
  template?: Template;
}

/** The history, newest first, narrowed by reader and template. */
export function reportHistory(file: ProgramFile, filter: HistoryFilter = {}): HistoryEntry[] {
  const names = new Map(file.stakeholders.map((s) => [s.id, s.name]));
  return file.reports
    .filter((r) => !filter.readerId || r.stakeholderIds.includes(filter.readerId))
    .filter((r) => !filter.template || r.template === filter.template)
    .sort((a, b) => (a.generatedAt < b.generatedAt ? 1 : a.generatedAt > b.generatedAt ? -1 : 0))
    .map((record) => {
      const meetingId = typeof record.meetingId === 'string' ? record.meetingId : null;
      return {
        record,
        // The day it was written for, when recorded; older records have only the moment of writing.
        day: reportDay(record),
        readers: record.stakeholderIds.map((id) => ({ id, name: names.get(id) ?? id })),
        meetingTitle: meetingId ? (file.meetings.find((m) => m.id === meetingId)?.title ?? meetingId) : null,
        items: Object.entries(readSnapshot(storedSnapshot(file, record))).map(([id, e]) => ({
          id,
          kind: KIND_WORDS[e.kind],
          title: e.title,
          status: e.status,
        })),
      };
    });
}
