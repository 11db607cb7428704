/**
 * The checklist a TPM ticks off before a meeting, from the same facts as the `meeting-checklist`
 * document: per attendee, their expectations with where they stand (at-risk first), the decisions
 * needed from them, what we owe them (overdue first), what changed on their topics since their
 * last update; then the agenda. Each item's id is derived from (meeting, attendee, kind, source),
 * so preparing again recognises the items that still apply and keeps their ticks.
 */
import { formatDate, type IsoDate } from '../domain/dates.ts';
import { describeStanding } from '../domain/standing.ts';
import type { ChecklistItem, Meeting, ProgramFile } from '../schema/program.ts';
import { slug } from '../record/ids.ts';
import { nameOf, viewFor, type ReaderView } from '../view/reader.ts';
import { describeChange } from '../view/snapshot.ts';
import { attendeeBrief, meetingAttendees, type AttendeeBrief } from './attendees.ts';

export const CHECKLIST_KINDS = ['expectation', 'decision', 'action', 'change', 'agenda'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

/** A checklist item as prepared here: the file's fields, plus whom and what it is about. */
export interface PreparedItem extends ChecklistItem {
  kind: ChecklistKind;
  /** The attendee it is about; absent for agenda items. */
  attendeeId?: string;
}

/** The stable id of an item: the same fact for the same person in the same meeting, the same id. */
export function checklistItemId(
  meetingId: string,
  kind: ChecklistKind,
  sourceId: string,
  attendeeId?: string,
): string {
  return [meetingId, attendeeId ?? 'meeting', kind, sourceId].join(':');
}

/** One item per expectation, decision, action owed and piece of news in the attendee's brief. */
function attendeeItems(view: ReaderView, brief: AttendeeBrief, add: Add): void {
  const p = view.reader;
  for (const { expectation: e, standing } of brief.expectations)
    add('expectation', e.id, `${p.name} expects "${e.text.trim()}" — ${describeStanding(standing)}`);
  for (const d of brief.decisions) {
    const rec = d.options.find((o) => o.id === d.recommendation);
    const detail = [
      `needed by ${formatDate(d.neededBy)}`,
      rec ? `we recommend "${rec.title}"` : 'no recommendation yet',
    ];
    add('decision', d.id, `Ask ${p.name} to decide: ${d.title} (${detail.join('; ')})`);
  }
  for (const a of brief.owed) {
    const late = a.due < view.today ? ', overdue' : '';
    add(
      'action',
      a.id,
      `We owe ${p.name}: ${a.title} (${nameOf(view, a.ownerId)}, due ${formatDate(a.due)}${late})`,
    );
  }
  // What changed since their last report, as the document says it; with no report to compare
  // with, the wins on their topics dated after their last update.
  if (brief.news.compared)
    for (const c of brief.news.changes) add('change', c.id, `Tell ${p.name}: ${describeChange(c)}`);
  else
    for (const w of brief.news.wins)
      add('change', w.id, `Tell ${p.name}: New: win "${w.title}" (${formatDate(w.date)})`);
}

type Add = (kind: ChecklistKind, sourceId: string, text: string) => void;

/**
 * The checklist for a meeting as of `today`, every item unticked. An external attendee's items
 * leave out anything internal, as their part of the document does. Attendees no longer on the map
 * are skipped.
 */
export function deriveChecklist(file: ProgramFile, meetingId: string, today: IsoDate): PreparedItem[] {
  const meeting = file.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new Error(`No meeting with id "${meetingId}" in this program.`);
  const items: PreparedItem[] = [];
  const seen = new Set<string>();
  const push = (item: PreparedItem) => {
    if (seen.has(item.id)) return;
    seen.add(item.id);
    items.push(item);
  };
  for (const person of meetingAttendees(file, meeting)) {
    const view = viewFor(file, person, today);
    const add: Add = (kind, sourceId, text) =>
      push({
        id: checklistItemId(meeting.id, kind, sourceId, person.id),
        text,
        done: false,
        sourceId,
        kind,
        attendeeId: person.id,
      });
    attendeeItems(view, attendeeBrief(view), add);
  }
  agendaItems(meeting).forEach((item) => push(item));
  return items;
}

function agendaItems(meeting: Meeting): PreparedItem[] {
  const used = new Map<string, number>();
  return meeting.agenda
    .map((text) => text.trim())
    .filter(Boolean)
    .map((text) => {
      // Agenda items have no ids: the text names them, so an edited item counts as a new one.
      const base = slug(text) || 'item';
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      const sourceId = n === 1 ? base : `${base}-${n}`;
      return {
        id: checklistItemId(meeting.id, 'agenda', sourceId),
        text: `Agenda: ${text}`,
        done: false,
        sourceId: '',
        kind: 'agenda' as const,
      };
    });
}

export interface MergeSummary {
  /** Items that are new since the last preparation. */
  added: number;
  /** Ticks carried over to items that still apply. */
  ticksKept: number;
  /** Items that no longer apply, dropped from the checklist (with their ticks). */
  removed: ChecklistItem[];
}

/**
 * A fresh checklist merged with the one prepared before: items that still exist keep their tick
 * (their text is brought up to date), new ones are added unticked, and items that no longer apply
 * (the action was done, the attendee left the meeting) are dropped.
 */
export function mergeChecklist(
  previous: readonly ChecklistItem[] | undefined,
  fresh: readonly PreparedItem[],
): { checklist: PreparedItem[]; summary: MergeSummary } {
  const before = new Map((previous ?? []).map((c) => [c.id, c]));
  let ticksKept = 0;
  let added = 0;
  const checklist = fresh.map((item) => {
    const old = before.get(item.id);
    if (!old) {
      added++;
      return item;
    }
    if (old.done) ticksKept++;
    return { ...item, done: old.done };
  });
  const ids = new Set(fresh.map((c) => c.id));
  const removed = (previous ?? []).filter((c) => !ids.has(c.id));
  return { checklist, summary: { added, ticksKept, removed } };
}

/** The program with the meeting's checklist prepared (again) as of `today`. */
export function prepareMeeting(
  file: ProgramFile,
  meetingId: string,
  today: IsoDate,
): { file: ProgramFile; summary: MergeSummary } {
  const meeting = file.meetings.find((m) => m.id === meetingId);
  if (!meeting) throw new Error(`No meeting with id "${meetingId}" in this program.`);
  const { checklist, summary } = mergeChecklist(meeting.checklist, deriveChecklist(file, meetingId, today));
  return {
    file: { ...file, meetings: file.meetings.map((m) => (m.id === meetingId ? { ...m, checklist } : m)) },
    summary,
  };
}

/** The program with one checklist item ticked or unticked; unknown ids change nothing. */
export function setItemDone(
  file: ProgramFile,
  meetingId: string,
  itemId: string,
  done: boolean,
): ProgramFile {
  return {
    ...file,
    meetings: file.meetings.map((m) =>
      m.id === meetingId && m.checklist
        ? { ...m, checklist: m.checklist.map((c) => (c.id === itemId ? { ...c, done } : c)) }
        : m,
    ),
  };
}
