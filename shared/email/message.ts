/**
 * An email as the interaction log sees it: who was on it, the day, the subject and the first
 * lines of its plain text. Nothing else of a message (its body beyond those lines, attachments,
 * other headers) is ever kept.
 */
import { isIsoDate, type IsoDate } from '../domain/dates.ts';

export interface EmailAddress {
  name: string;
  email: string;
}

export interface EmailMessage {
  /** The file it was read from, for messages about it. */
  source: string;
  /** The Message-ID header, without its angle brackets; null when the message has none. */
  messageId: string | null;
  /** The Date header's day as the sender wrote it; null when missing or unreadable. */
  date: IsoDate | null;
  subject: string;
  from: EmailAddress[];
  to: EmailAddress[];
  cc: EmailAddress[];
  /** The first lines of the plain text (quoted replies and signatures left out). */
  firstLines: string;
}

/** How many lines of the text the summary keeps, and at most how many characters. */
export const FIRST_LINES = 3;
export const SUMMARY_MAX = 300;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day of a Date header (RFC 5322, "Tue, 1 Dec 2026 09:15:00 +0100") as written, so a message
 * sent late in the sender's evening keeps the sender's day; null when it cannot be read.
 */
export function dayOfDateHeader(value: string): IsoDate | null {
  const m = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{2,4})/.exec(value);
  if (!m) {
    const iso = value.trim().slice(0, 10);
    return isIsoDate(iso) ? iso : null;
  }
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
  const raw = Number(m[3]);
  // RFC 5322 obsolete two-digit years: 00-49 are 2000s, 50-99 are 1900s.
  const year = (m[3] ?? '').length === 2 ? (raw < 50 ? 2000 + raw : 1900 + raw) : raw;
  const day = `${year}-${String(month).padStart(2, '0')}-${String(m[1]).padStart(2, '0')}`;
  return month > 0 && isIsoDate(day) ? day : null;
}

/**
 * The first few lines of an email's plain text, joined with spaces: blank lines, quoted lines
 * ("> ..."), the "On ... wrote:" line before a quote, and everything after a signature marker or
 * a forwarded/original-message divider are left out.
 */
export function firstLines(text: string, count = FIRST_LINES, max = SUMMARY_MAX): string {
  const kept: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (raw === '-- ' || line === '--' || /^-{2,}\s*(original|forwarded) message/i.test(line)) break;
    if (/^_{5,}$/.test(line)) break;
    if (line === '' || line.startsWith('>') || /^on .+wrote:$/i.test(line)) continue;
    kept.push(line);
    if (kept.length >= count) break;
  }
  const joined = kept.join(' ').replace(/\s+/g, ' ');
  return joined.length > max ? `${joined.slice(0, max - 1).trimEnd()}…` : joined;
}

/** The Message-ID without its angle brackets and surrounding space. */
export function cleanMessageId(value: string | undefined): string | null {
  const id = (value ?? '').trim().replace(/^<|>$/g, '').trim();
  return id === '' ? null : id;
}
