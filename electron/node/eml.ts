/**
 * Reading .eml files with postal-mime: MIME structure, encoded words, quoted-printable and base64
 * bodies, character sets and address lists are what a well-kept parser gets right and a
 * hand-written one gets wrong. Only the parts the interaction log keeps leave this module.
 */
import PostalMime, { type Address } from 'postal-mime';
import {
  cleanMessageId,
  dayOfDateHeader,
  firstLines,
  type EmailAddress,
  type EmailMessage,
} from '../../shared/email/message.ts';

/** Mailboxes of an address list, groups flattened, each address in lower case. */
function mailboxes(list: Address | Address[] | undefined): EmailAddress[] {
  const out: EmailAddress[] = [];
  for (const a of list === undefined ? [] : Array.isArray(list) ? list : [list]) {
    const boxes = a.group ?? [a];
    for (const b of boxes)
      if (b.address && b.address.includes('@'))
        out.push({ name: b.name.trim(), email: b.address.trim().toLowerCase() });
  }
  return out;
}

/** Plain text of an HTML-only message, enough for its first lines. */
function textOfHtml(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/**
 * Reads one .eml. Throws with a message that names the file (never its bytes) when it is not an
 * email: no sender and no recipients.
 */
export async function readEml(name: string, bytes: Uint8Array): Promise<EmailMessage> {
  let email;
  try {
    email = await PostalMime.parse(bytes);
  } catch {
    throw new Error(`${name} could not be read as an email.`);
  }
  const from = mailboxes(email.from);
  const to = mailboxes(email.to);
  const cc = mailboxes(email.cc);
  if (from.length + to.length + cc.length === 0)
    throw new Error(`${name} is not an email: it has no From, To or Cc address.`);
  const dateHeader = email.headers.find((h) => h.key === 'date')?.value ?? email.date ?? '';
  return {
    source: name,
    messageId: cleanMessageId(email.messageId),
    date: dayOfDateHeader(dateHeader),
    subject: (email.subject ?? '').trim(),
    from,
    to,
    cc,
    firstLines: firstLines(email.text ?? textOfHtml(email.html ?? '')),
  };
}

/** Reads each file; one that cannot be read is listed with why, and the others are still read. */
export async function readEmls(
  files: Array<{ name: string; bytes: Uint8Array }>,
): Promise<{ messages: EmailMessage[]; failed: Array<{ name: string; message: string }> }> {
  const messages: EmailMessage[] = [];
  const failed: Array<{ name: string; message: string }> = [];
  for (const f of files) {
    try {
      messages.push(await readEml(f.name, f.bytes));
    } catch (error) {
      failed.push({ name: f.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { messages, failed };
}
