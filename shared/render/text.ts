/**
 * Text made safe for XML 1.0 before it reaches any renderer (Word, HTML, plain text). The docx library strips C0 controls and
 * replaces lone surrogates, but writes U+FFFE and U+FFFF as they are, which makes the file
 * unreadable (LibreOffice refuses it, python-docx raises XMLSyntaxError): every string goes
 * through here first.
 */

const REPLACEMENT = 0xfffd;

/** Characters XML 1.0 forbids or that have no place in a document: C0 and C1 controls, DEL, U+FFFE, U+FFFF. */
function isDropped(code: number): boolean {
  if (code === 0x09 || code === 0x0a) return false; // tab and newline are laid out by the renderer
  if (code < 0x20) return true;
  if (code >= 0x7f && code <= 0x9f) return true;
  return code === 0xfffe || code === 0xffff;
}

/** Anything `sanitizeText` changes: CR, a dropped character (`isDropped`), any surrogate. */
// eslint-disable-next-line no-control-regex -- the control characters are what it looks for
const NEEDS_WORK = /[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

/**
 * Removes U+FFFE, U+FFFF, C0 controls (except tab and newline), DEL and C1 controls; turns lone
 * surrogates into U+FFFD; normalises CR and CRLF to a newline. Everything else is kept.
 */
export function sanitizeText(text: string): string {
  // Most text has none of these: one scan, and the string back as it is (a document's every run).
  if (!NEEDS_WORK.test(text)) return text;
  const normalised = text.replace(/\r\n?/g, '\n');
  let out = '';
  for (let i = 0; i < normalised.length; i++) {
    const code = normalised.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = normalised.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += normalised[i] ?? '';
        out += normalised[i + 1] ?? '';
        i++;
      } else {
        out += String.fromCharCode(REPLACEMENT);
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      out += String.fromCharCode(REPLACEMENT);
      continue;
    }
    if (!isDropped(code)) out += normalised[i] ?? '';
  }
  return out;
}

/** The same text as `sanitizeText`, on one line: newlines and tabs become spaces (headers, titles). */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(/[\n\t]+/g, ' ');
}

/** Lines of a sanitized text, for laying out with real line breaks. */
export function splitLines(text: string): string[] {
  return sanitizeText(text).split('\n');
}
