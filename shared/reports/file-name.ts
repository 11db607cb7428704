/**
 * Document file names, `<date> <program> - <reader name> (<template>).docx`, made safe on Windows,
 * macOS and Linux: no reserved characters or device names, no control or bidi-override
 * characters, no path traversal, NFC, at most 255 UTF-8 bytes with the extension kept, never empty.
 */

/** The most a file name may take on common file systems (ext4, APFS, NTFS all allow 255). */
export const MAX_NAME_BYTES = 255;
/** Room `reportFileName` leaves for `withCounter`'s " (n)". */
const COUNTER_ROOM = 8;
const EXTENSION = '.docx';

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/iu;
// Windows forbids <>:"/\|?* and control characters; '/' (and NUL) is the Unix separator.
const ILLEGAL = /[<>:"/\\|?*]/gu;
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/gu;

/** Control characters, and surrogates left alone (no file system takes half a character). */
function isDropped(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff);
}

/** UTF-8 length of a string, counted without platform APIs. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

let segmenter: Intl.Segmenter | undefined;

function graphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The longest start of `text` within `maxBytes`, cut between user-perceived characters. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const size = utf8Bytes(g);
    if (used + size > maxBytes) break;
    out += g;
    used += size;
  }
  return out;
}

function trimEnds(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/gu, '');
}

/**
 * One part of a file name made safe: NFC; control, bidi-override and lone surrogate characters removed;
 * reserved characters turned into '-'; runs of dots and of spaces collapsed (so no `..`); no
 * leading or trailing dots or spaces; a reserved device name (`CON`, `com1.txt`, `CONIN$` …) gets
 * a '_' after it (`CON_`, `com1_.txt`). May return an empty string.
 */
export function safeFilePart(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) if (!isDropped(ch.codePointAt(0) ?? 0)) out += ch;
  out = out
    .replace(BIDI, '')
    .replace(ILLEGAL, '-')
    .replace(/-{2,}/gu, '-')
    .replace(/\.{2,}/gu, '.')
    .replace(/\s+/gu, ' ');
  out = trimEnds(out);
  // Windows reserves the name whatever follows the first dot (`CON.txt`), so the mark goes there.
  const dot = out.indexOf('.');
  const stem = dot < 0 ? out : out.slice(0, dot);
  return RESERVED.test(trimEnds(stem)) ? `${stem}_${out.slice(stem.length)}` : out;
}

export interface ReportFileNameParts {
  date: string;
  programName: string;
  readerName: string;
  template: string;
}

/**
 * `2026-11-20 Checkout Payments Migration - Dana Whitfield (executive-brief).docx`, safe on every
 * operating system. Long program and reader names are shortened (between characters, never
 * inside one) so the whole name fits in 255 UTF-8 bytes with room left for a counter.
 */
export function reportFileName(parts: ReportFileNameParts): string {
  const date = safeFilePart(parts.date) || 'undated';
  const template = safeFilePart(parts.template) || 'report';
  let program = safeFilePart(parts.programName) || 'Program';
  let reader = safeFilePart(parts.readerName) || 'Reader';
  const fixed = `${date}  -  (${template})${EXTENSION}`;
  const budget = MAX_NAME_BYTES - COUNTER_ROOM - utf8Bytes(fixed);
  if (utf8Bytes(program) + utf8Bytes(reader) > budget) {
    // Each gets half; what one does not need goes to the other.
    const half = Math.floor(budget / 2);
    const programShare = Math.max(half, budget - utf8Bytes(reader));
    program = trimEnds(truncateUtf8(program, Math.min(utf8Bytes(program), programShare))) || 'Program';
    reader = trimEnds(truncateUtf8(reader, budget - utf8Bytes(program))) || 'Reader';
  }
  return finish(`${date} ${program} - ${reader} (${template})`, EXTENSION);
}

/** A stem and extension joined, the stem cut to fit and made safe again after the cut. */
function finish(stem: string, extension: string): string {
  const cut = trimEnds(truncateUtf8(stem, MAX_NAME_BYTES - utf8Bytes(extension)));
  return `${safeFilePart(cut) || 'document'}${extension}`;
}

/**
 * The name with ` (n)` before its extension, for not overwriting an existing file:
 * `withCounter('a (x).docx', 2)` is `a (x) (2).docx`. n of 1 or less returns the name unchanged.
 */
export function withCounter(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  const suffix = ` (${Math.floor(n)})`;
  const room = MAX_NAME_BYTES - utf8Bytes(suffix) - utf8Bytes(extension);
  return `${trimEnds(truncateUtf8(stem, room))}${suffix}${extension}`;
}
