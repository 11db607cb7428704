/**
 * Importing meetings from an invitation: attendees matched to the map by email (whatever the
 * case), unknown ones proposed as new stakeholders with neutral defaults, the organiser counted
 * only when already on the map. An invitation imported again (same calendar UID) updates its
 * meeting instead of adding a second one.
 */
import { isLocalDateTime } from '../domain/dates.ts';
import type { Meeting, ProgramFile, Stakeholder } from '../schema/program.ts';
import type { InvitationAttendee, MeetingDraft } from './ics.ts';
import { idsInUse, uniqueId } from '../record/ids.ts';
import { newStakeholder } from '../record/stakeholders.ts';

export interface MatchedAttendee {
  email: string;
  stakeholderId: string;
  name: string;
}

export interface PlannedMeeting {
  draft: MeetingDraft;
  /** Attendees on the map, in the invitation's order. */
  matched: MatchedAttendee[];
  /** Attendees not on the map (never the organiser). */
  unknown: InvitationAttendee[];
  /** The meeting imported earlier from the same invitation, which this import updates. */
  existingId: string | null;
}

/** Someone to add to the map; the user may rename them or change `external` first. */
export interface NewPerson {
  email: string;
  name: string;
  /** Suggested when their email domain is not one of the map's internal people's. */
  external: boolean;
}

export interface ImportPlan {
  meetings: PlannedMeeting[];
  /** Every unknown attendee across the meetings, once each. */
  newPeople: NewPerson[];
}

export interface ImportResult {
  file: ProgramFile;
  meetings: Array<{ id: string; title: string; start: string; updated: boolean; attendeeIds: string[] }>;
  addedStakeholders: Array<{ id: string; name: string; email: string }>;
  /** Unknown attendees the user chose not to add: they are not in the meeting. */
  leftOut: NewPerson[];
}

const norm = (email: string): string => email.trim().toLowerCase();
const domainOf = (email: string): string => norm(email).split('@')[1] ?? '';

/** The field an imported meeting keeps its calendar UID in. */
export const ICS_UID_FIELD = 'icsUid';

function uidOf(m: Meeting): string | null {
  const uid = m[ICS_UID_FIELD];
  return typeof uid === 'string' && uid ? uid : null;
}

/** Matches each draft's attendees to the map; proposes the unknown ones as new stakeholders. */
export function planImport(file: ProgramFile, drafts: MeetingDraft[]): ImportPlan {
  const byEmail = new Map<string, Stakeholder>();
  for (const s of file.stakeholders)
    if (s.email.trim() && !byEmail.has(norm(s.email))) byEmail.set(norm(s.email), s);
  const internalDomains = new Set(
    file.stakeholders
      .filter((s) => s.external !== true && s.email.includes('@'))
      .map((s) => domainOf(s.email)),
  );
  const byUid = new Map<string, Meeting>();
  for (const m of file.meetings) {
    const uid = uidOf(m);
    if (uid && !byUid.has(uid)) byUid.set(uid, m);
  }
  // Maps and sets, not list searches: an invitation of 100,000 attendees stays linear.
  const newPeople = new Map<string, NewPerson>();
  const meetings = drafts.map((draft): PlannedMeeting => {
    const matched = new Map<string, MatchedAttendee>();
    const unknown: InvitationAttendee[] = [];
    for (const a of draft.attendees) {
      const email = norm(a.email);
      const person = byEmail.get(email);
      if (person) {
        if (!matched.has(person.id))
          matched.set(person.id, { email, stakeholderId: person.id, name: person.name });
      } else if (!a.organizer) {
        unknown.push(a);
        if (!newPeople.has(email))
          newPeople.set(email, {
            email,
            name: a.name,
            external: internalDomains.size > 0 && !internalDomains.has(domainOf(a.email)),
          });
      }
    }
    const existing = draft.uid ? byUid.get(draft.uid) : undefined;
    return { draft, matched: [...matched.values()], unknown, existingId: existing?.id ?? null };
  });
  return { meetings, newPeople: [...newPeople.values()] };
}

/** What is missing before the plan can be imported, one line each; empty when it can. */
export function importProblems(plan: ImportPlan): string[] {
  const problems: string[] = [];
  plan.meetings.forEach(({ draft }, i) => {
    const which = plan.meetings.length > 1 ? `Meeting ${i + 1}` : 'The meeting';
    if (!draft.title.trim()) problems.push(`${which} needs a title.`);
    if (!isLocalDateTime(draft.start))
      problems.push(
        draft.start
          ? `${which}: "${draft.start}" is not a start as YYYY-MM-DDTHH:mm.`
          : `${which} needs a start (date and time).`,
      );
  });
  for (const p of plan.newPeople)
    if (!p.name.trim()) problems.push(`The new stakeholder ${p.email} needs a name.`);
  return problems;
}

/**
 * The program with the planned meetings added (or updated, for an invitation imported before)
 * and the chosen new people added to the map. Throws when `importProblems` would list anything.
 */
export function applyImport(file: ProgramFile, plan: ImportPlan, add: NewPerson[]): ImportResult {
  const problems = importProblems({ ...plan, newPeople: add });
  if (problems.length > 0) throw new Error(problems.join(' '));
  const taken = idsInUse(file);
  const added = add.map((p) => ({ person: p, stakeholder: newStakeholder(uniqueId(taken, 's', p.name), p) }));
  const idOfNew = new Map(added.map((a) => [norm(a.person.email), a.stakeholder.id]));
  const meetings = [...file.meetings];
  const indexOf = new Map(meetings.map((m, i) => [m.id, i]));
  const result: ImportResult['meetings'] = [];
  const seenUids = new Set<string>();
  for (const planned of plan.meetings) {
    const { draft } = planned;
    if (draft.uid && seenUids.has(draft.uid)) continue;
    if (draft.uid) seenUids.add(draft.uid);
    const ids = new Set(planned.matched.map((m) => m.stakeholderId));
    for (const u of planned.unknown) {
      const id = idOfNew.get(norm(u.email));
      if (id) ids.add(id);
    }
    const attendeeIds = [...ids];
    const fields = { title: draft.title.trim(), start: draft.start, attendeeIds };
    const at = planned.existingId ? (indexOf.get(planned.existingId) ?? -1) : -1;
    const existing = meetings[at];
    if (existing) {
      meetings[at] = {
        ...existing,
        ...fields,
        agenda: draft.agenda.length > 0 ? draft.agenda : existing.agenda,
      };
      result.push({ id: existing.id, ...fields, updated: true });
    } else {
      const id = uniqueId(taken, 'mt', draft.title);
      meetings.push({
        id,
        ...fields,
        agenda: draft.agenda,
        ...(draft.uid ? { [ICS_UID_FIELD]: draft.uid } : {}),
      });
      result.push({ id, ...fields, updated: false });
    }
  }
  const chosen = new Set(add.map((p) => norm(p.email)));
  return {
    file: { ...file, stakeholders: [...file.stakeholders, ...added.map((a) => a.stakeholder)], meetings },
    meetings: result,
    addedStakeholders: added.map((a) => ({
      id: a.stakeholder.id,
      name: a.stakeholder.name,
      email: a.stakeholder.email,
    })),
    leftOut: plan.newPeople.filter((p) => !chosen.has(p.email)),
  };
}
