/**
 * Reading .docx bytes in tests: unzip the parts, and a small XML well-formedness check (tags
 * balanced, attributes quoted and unique, entities known, no character XML 1.0 forbids), enough to
 * catch what makes Word or LibreOffice refuse a file, without a DOM.
 */
import JSZip from 'jszip';

/** Every XML part of the package, by path (`word/document.xml`, `word/header1.xml`, …). */
export async function docxParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const [path, entry] of Object.entries(zip.files)) {
    if (!entry.dir && /\.(xml|rels)$/.test(path)) parts[path] = await entry.async('string');
  }
  return parts;
}

/** The text of every `<w:t>` in a part, joined, with entities decoded. */
export function wordText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

// Characters XML 1.0 forbids: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; lone surrogates.
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Problems that make `xml` not well-formed; empty when it is. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const forbidden = FORBIDDEN.exec(xml);
  if (forbidden)
    problems.push(
      `forbidden character U+${(forbidden[0].codePointAt(0) ?? 0).toString(16).toUpperCase()} at ${forbidden.index}`,
    );
  const stack: string[] = [];
  let roots = 0;
  let pos = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const tag = /<(\/?)([^\s/>]+)([^>]*?)(\/?)>|<!--[\s\S]*?-->/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const text = body.slice(pos, m.index);
    if (text.includes('<')) problems.push(`stray '<' before ${m.index}`);
    if (ENTITY.test(text)) problems.push(`bad entity in text before ${m.index}`);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${m.index}`);
    pos = tag.lastIndex;
    if (m[0].startsWith('<!--')) continue;
    const [, close, name = '', attrs = '', selfClose] = m;
    if (!NAME.test(name)) problems.push(`bad element name "${name}"`);
    if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    const seen = new Set<string>();
    const rest = attrs.replace(
      /\s*([^\s=]+)\s*=\s*("[^"<]*"|'[^'<]*')/g,
      (_, attr: string, value: string) => {
        if (seen.has(attr)) problems.push(`duplicate attribute ${attr} on <${name}>`);
        seen.add(attr);
        if (ENTITY.test(value)) problems.push(`bad entity in attribute ${attr} of <${name}>`);
        return '';
      },
    );
    if (rest.trim() !== '') problems.push(`malformed attributes on <${name}>: ${rest.trim().slice(0, 40)}`);
    if (stack.length === 0) roots++;
    if (!selfClose) stack.push(name);
  }
  if (body.slice(pos).trim() !== '') problems.push('text after the root');
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
