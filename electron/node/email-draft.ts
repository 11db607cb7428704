/**
 * Email drafts (.eml) of a written document: To the reader, the subject, the document as the HTML
 * body with a plain-text alternative (both from the same tree as the Word file), the .docx
 * attached, and `X-Unsent: 1` so Outlook opens it as a draft to read over and send.
 *
 * nodemailer's MailComposer builds the MIME (RFC 2047 encoded names and subject, RFC 2231 file
 * names, base64 and quoted-printable, line folding) with no transport: nothing is sent and
 * nothing leaves the machine.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { draftRecipient, draftSubject } from '../../shared/reports/email.ts';
import type { ReportDoc } from '../../shared/reports/model.ts';
import { renderHtml } from '../../shared/reports/render-html.ts';
import { renderText } from '../../shared/reports/render-text.ts';
import type { ProgramFile } from '../../shared/schema/program.ts';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface EmailDraftInput {
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  attachment: { fileName: string; bytes: Uint8Array };
  date?: Date;
}

/** The MIME message of a draft, as the bytes of an .eml file. */
export async function buildEmailDraft(input: EmailDraftInput): Promise<Buffer> {
  const composer = new MailComposer({
    // No From: the mail program fills in the account the user sends from.
    to: { name: input.to.name, address: input.to.address },
    subject: input.subject,
    text: input.text,
    html: input.html,
    headers: { 'X-Unsent': '1' },
    ...(input.date ? { date: input.date } : {}),
    attachments: [
      {
        filename: input.attachment.fileName,
        content: Buffer.from(input.attachment.bytes),
        contentType: DOCX_TYPE,
      },
    ],
  });
  return composer.compile().build();
}

/** The draft's file name: the document's, as .eml (`… (executive-brief).eml`). */
export function draftFileName(docxFileName: string): string {
  return `${docxFileName.replace(/\.docx$/i, '')}.eml`;
}

export type DraftOutcome = { fileName: string; bytes: Buffer } | { reason: string } | null;

/**
 * The draft of one written document, or why there is none (the reader has no email address);
 * null for a meeting checklist, which goes to nobody.
 */
export async function emailDraftFor(
  file: ProgramFile,
  doc: ReportDoc,
  docx: { fileName: string; bytes: Uint8Array },
  date?: Date,
): Promise<DraftOutcome> {
  const to = draftRecipient(file, doc);
  if (to === null) return null;
  if (!to.ok) return { reason: to.reason };
  const bytes = await buildEmailDraft({
    to,
    subject: draftSubject(doc),
    html: renderHtml(doc),
    text: renderText(doc),
    attachment: docx,
    ...(date ? { date } : {}),
  });
  return { fileName: draftFileName(docx.fileName), bytes };
}
