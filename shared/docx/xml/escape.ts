/**
 * Text and attribute values escaped for WordprocessingML exactly as the docx library escapes
 * them (its `escapeAll`): `& " ' < >` as entities, C0 controls but tab, newline and CR dropped.
 * Strings arrive sanitized (`sanitizeDoc`), so the dropping is only a second guard.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

// eslint-disable-next-line no-control-regex
const SPECIAL = /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

/** `text` safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  SPECIAL.lastIndex = 0;
  return SPECIAL.test(text) ? text.replace(SPECIAL, (c) => ENTITIES[c] ?? '') : text;
}
