/**
 * Emails into the interaction log: each message becomes an interaction of every stakeholder on
 * it (From, To, Cc, matched by email whatever the case): channel email, the Date header's day, the
 * subject and first lines as the summary, sentiment neutral until the user sets it, and the
 * Message-ID, so the same message is never logged twice for anyone. Addresses not on the map are
 * listed; the ones the user chooses are added first and get the message too.
 */
import { formatDate, type IsoDate } from '../domain/dates.ts';
import { idsInUse, uniqueId } from '../record/ids.ts';
import { newStakeholder } from '../record/stakeholders.ts';
import type { Interaction, ProgramFile, Stakeholder } from '../schema/program.ts';
import type { EmailAddress, EmailMessage } from './message.ts';

export interface CapturedEmail {
  source: string;
  subject: string;
  date: IsoDate;
  people: Array<{ id: string; name: string }>;
}

export interface EmailCapturePlan {
  /** The program with the messages logged; the same object when nothing is added. */
  file: ProgramFile;
  added: CapturedEmail[];
  /** Messages every person on them already has in their log (the same Message-ID). */
  duplicates: Array<{ source: string; subject: string }>;
  /** Messages with nobody on the map among From, To and Cc. */
  unmatched: Array<{ source: string; subject: string }>;
  /** Addresses not on the map (and not chosen to be added), once each, in the order first seen. */
  unknown: EmailAddress[];
  /** People added to the map because the user chose them. */
  addedPeople: Array<{ id: string; name: string; email: string }>;
  /** Messages that cannot be logged, with why. */
  problems: Array<{ source: string; message: string }>;
}

const norm = (email: string) => email.trim().toLowerCase();

/** The summary the log shows: the subject, then the first lines of the text. */
export function emailSummary(m: Pick<EmailMessage, 'subject' | 'firstLines'>): string {
  if (m.subject && m.firstLines) return `${m.subject}: ${m.firstLines}`;
  return m.subject || m.firstLines || '(no subject)';
}

/**
 * The id a message is known by: its Message-ID, or (for the rare message without one) its day,
 * sender and subject, so importing the same file twice still adds it once.
 */
export function messageKey(m: EmailMessage): string {
  return m.messageId ?? `no-message-id:${m.date ?? ''}:${norm(m.from[0]?.email ?? '')}:${m.subject}`;
}

/** A name for someone known only by their address: "jordan.blake@x.com" → "Jordan Blake". */
function nameFromAddress(a: EmailAddress): string {
  if (a.name.trim()) return a.name.trim();
  const local = a.email.split('@')[0] ?? a.email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** What logging `messages` would do to `file`, adding the people in `addPeople` first. */
export function planEmailCapture(
  file: ProgramFile,
  messages: readonly EmailMessage[],
  addPeople: readonly EmailAddress[] = [],
): EmailCapturePlan {
  const plan: EmailCapturePlan = {
    file,
    added: [],
    duplicates: [],
    unmatched: [],
    unknown: [],
    addedPeople: [],
    problems: [],
  };
  const people: Stakeholder[] = [...file.stakeholders];
  const byEmail = new Map<string, number>();
  people.forEach((s, i) => {
    if (s.email.trim() && !byEmail.has(norm(s.email))) byEmail.set(norm(s.email), i);
  });
  const taken = idsInUse(file);
  for (const a of addPeople) {
    if (byEmail.has(norm(a.email))) continue;
    const id = uniqueId(taken, 's', nameFromAddress(a));
    byEmail.set(
      norm(a.email),
      people.push(newStakeholder(id, { name: nameFromAddress(a), email: norm(a.email) })) - 1,
    );
    plan.addedPeople.push({ id, name: nameFromAddress(a), email: norm(a.email) });
  }
  const logged = people.map(
    (s) => new Set(s.interactions.flatMap((i) => (i.messageId ? [i.messageId] : []))),
  );
  const unknown = new Map<string, EmailAddress>();

  for (const m of messages) {
    const addresses = [...m.from, ...m.to, ...m.cc];
    const onMap = [...new Set(addresses.flatMap((a) => byEmail.get(norm(a.email)) ?? []))];
    for (const a of addresses)
      if (!byEmail.has(norm(a.email)) && !unknown.has(norm(a.email)))
        unknown.set(norm(a.email), { name: a.name, email: norm(a.email) });
    const subject = m.subject || '(no subject)';
    if (!m.date) {
      plan.problems.push({ source: m.source, message: `${m.source} has no Date header Liaison can read.` });
      continue;
    }
    if (onMap.length === 0) {
      plan.unmatched.push({ source: m.source, subject });
      continue;
    }
    const key = messageKey(m);
    const fresh = onMap.filter((i) => !logged[i]?.has(key));
    if (fresh.length === 0) {
      plan.duplicates.push({ source: m.source, subject });
      continue;
    }
    const entry: Interaction = {
      date: m.date,
      channel: 'email',
      summary: emailSummary(m),
      sentiment: 'neutral',
      messageId: key,
      ...(m.subject ? { subject: m.subject } : {}),
    };
    for (const i of fresh) {
      const s = people[i] as Stakeholder;
      people[i] = { ...s, interactions: [...s.interactions, entry] };
      logged[i]?.add(key);
    }
    plan.added.push({
      source: m.source,
      subject,
      date: m.date,
      people: fresh.map((i) => ({ id: people[i]?.id ?? '', name: people[i]?.name ?? '' })),
    });
  }
  plan.unknown = [...unknown.values()];
  if (plan.added.length > 0 || plan.addedPeople.length > 0) plan.file = { ...file, stakeholders: people };
  return plan;
}

/** `"Budget for Q1" (cfo.eml, 1 Dec 2026) for Dana Whitfield, Aisha Rahman`, for lists. */
export function describeCaptured(c: CapturedEmail): string {
  return `"${c.subject}" (${c.source}, ${formatDate(c.date)}) for ${c.people.map((p) => p.name).join(', ')}`;
}
