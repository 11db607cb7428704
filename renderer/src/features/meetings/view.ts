/** How the Meetings screen words and colours things; pure helpers over the program. */
import { formatDate, type IsoDate } from '../../../../shared/domain/dates.ts';
import { expectationStanding } from '../../../../shared/domain/standing.ts';
import type { PreparedItem } from '../../../../shared/meetings/checklist.ts';
import type { ChecklistItem, Meeting, ProgramFile } from '../../../../shared/schema/program.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** `2026-11-24T15:00` as `Tue 24 Nov 2026, 15:00`. */
export function whenText(start: string): string {
  const [day = '', time = ''] = start.split('T');
  const weekday = WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? '';
  return `${weekday} ${formatDate(day)}, ${time}`;
}

/** An item read from the file, with the kind and attendee the checklist stored beside it. */
export function asPrepared(item: ChecklistItem): PreparedItem {
  const kind = typeof item.kind === 'string' ? item.kind : 'agenda';
  const attendeeId = typeof item.attendeeId === 'string' ? item.attendeeId : undefined;
  return { ...item, kind: kind as PreparedItem['kind'], ...(attendeeId ? { attendeeId } : {}) };
}

export type ItemTone = 'risk' | 'overdue' | 'plain';

/** Where an item stands now: an at-risk expectation or an overdue promise stands out. */
export function itemTone(file: ProgramFile, item: PreparedItem, today: IsoDate): ItemTone {
  if (item.kind === 'expectation') {
    const person = file.stakeholders.find((s) => s.id === item.attendeeId);
    const expectation = person?.expectations.find((e) => e.id === item.sourceId);
    if (expectation && expectationStanding(file, expectation, today).standing === 'at-risk') return 'risk';
  }
  if (item.kind === 'action') {
    const action = file.actions.find((a) => a.id === item.sourceId);
    if (action && action.status === 'open' && action.due < today) return 'overdue';
  }
  return 'plain';
}

/** `1 item`, `3 items`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 of 12 ticked", or "not prepared". */
export function progressText(meeting: Meeting): string {
  const list = meeting.checklist;
  if (!list) return 'not prepared';
  return `${list.filter((c) => c.done).length} of ${list.length} ticked`;
}

/**
 * An item's text under its attendee's heading, without repeating their name: the stored text
 * names them because the document lists every item in one list.
 */
export function itemLabel(item: PreparedItem, personName: string): string {
  const prefixes: Array<[string, string]> = [
    [`${personName} expects `, 'Expects '],
    [`Ask ${personName} to decide: `, 'To decide: '],
    [`We owe ${personName}: `, 'We owe: '],
    [`Tell ${personName}: `, 'Tell them: '],
    ['Agenda: ', ''],
  ];
  for (const [prefix, short] of prefixes)
    if (item.text.startsWith(prefix)) return short + item.text.slice(prefix.length);
  return item.text;
}
