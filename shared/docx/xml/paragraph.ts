/**
 * Paragraphs (`w:p`) as WordprocessingML, with their properties in the order docx writes them
 * (pStyle, numPr, pBdr, tabs, bidi, spacing); a paragraph with neither is `<w:p/>`.
 */

/** What a paragraph sets; each part is left out when not given. */
export interface ParagraphLook {
  style?: string;
  /** A list item: its level and the list's `w:numId`. */
  list?: { level: number; numId: number };
  /** A rule above or below the paragraph. */
  rule?: { side: 'top' | 'bottom'; color: string };
  /** A right-aligned tab stop at this position, in twips. */
  rightTab?: number;
  bidi?: boolean;
  spacing?: { before: number; after: number; line?: number; lineRule?: 'exact' };
}

/** The `w:pPr` of a look, or nothing when it sets nothing. */
export function paragraphProperties(look: ParagraphLook): string {
  let xml = '';
  if (look.style) xml += `<w:pStyle w:val="${look.style}"/>`;
  if (look.list)
    xml += `<w:numPr><w:ilvl w:val="${look.list.level}"/><w:numId w:val="${look.list.numId}"/></w:numPr>`;
  if (look.rule)
    xml += `<w:pBdr><w:${look.rule.side} w:val="single" w:color="${look.rule.color}" w:sz="4" w:space="4"/></w:pBdr>`;
  if (look.rightTab !== undefined) xml += `<w:tabs><w:tab w:val="right" w:pos="${look.rightTab}"/></w:tabs>`;
  if (look.bidi) xml += '<w:bidi/>';
  const s = look.spacing;
  if (s)
    xml +=
      `<w:spacing w:after="${s.after}" w:before="${s.before}"` +
      (s.line === undefined ? '' : ` w:line="${s.line}"`) +
      (s.lineRule ? ` w:lineRule="${s.lineRule}"` : '') +
      '/>';
  return xml ? `<w:pPr>${xml}</w:pPr>` : '';
}

/** A paragraph of already-written runs. */
export function paragraphXml(look: ParagraphLook, runs: string): string {
  const inner = paragraphProperties(look) + runs;
  return inner ? `<w:p>${inner}</w:p>` : '<w:p/>';
}
