/**
 * What an email draft of a document says on its envelope: whom it is to and its subject. The body
 * is the document itself (render-html.ts and render-text.ts, from the same tree), so a draft never
 * shows anything the document does not; private notes are in neither.
 */
import { checkEmail } from '../csv/fields.ts';
import { formatDate } from '../domain/dates.ts';
import { sanitizeLine } from '../render/text.ts';
import type { ProgramFile } from '../schema/program.ts';
import type { ReportDoc } from './model.ts';

/** `Checkout Payments Migration: Executive brief – 20 Nov 2026`, on one clean line. */
export function draftSubject(doc: ReportDoc): string {
  return sanitizeLine(`${doc.programName}: ${doc.title} – ${formatDate(doc.date)}`).trim();
}

export type DraftRecipient =
  | { ok: true; name: string; address: string }
  /** Why there is no draft, to say beside the document. */
  | { ok: false; reason: string };

/**
 * The reader a report's draft goes to, or why there can be none. A meeting checklist is the
 * TPM's own preparation, not sent to anyone: null (nothing to explain).
 */
export function draftRecipient(file: ProgramFile, doc: ReportDoc): DraftRecipient | null {
  if (doc.template === 'meeting-checklist') return null;
  const reader = file.stakeholders.find((s) => s.id === doc.reader.id);
  const name = sanitizeLine(reader?.name ?? doc.reader.name).trim();
  const address = reader?.email.trim() ?? '';
  if (address === '') return { ok: false, reason: `No email draft: ${name} has no email address.` };
  if (checkEmail(address) !== null)
    return { ok: false, reason: `No email draft: ${name}’s email address is not one an email can go to.` };
  return { ok: true, name, address };
}
