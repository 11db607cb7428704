/**
 * What frames the body, written as docx writes it for reference.ts: the title block, the header
 * and footer lines (the footer's PAGE and NUMPAGES as simple fields holding a cached result, which
 * Word Online needs; Word and LibreOffice recount on opening), the section properties and the
 * document's core properties.
 */
import { formatDate, formatRange } from '../../domain/dates.ts';
import { periodLine, type ReportDoc } from '../../reports/model.ts';
import { sanitizeLine } from '../../render/text.ts';
import { direction } from './layout.ts';
import { COLORS, MARGINS, STYLE_IDS, type PageSize, PAGES } from '../styles.ts';
import { escapeXml } from './escape.ts';
import { paragraphXml } from './paragraph.ts';
import { plainRun, TAB_RUN, textRun } from './runs.ts';
import type { WriteCtx } from './blocks.ts';

/** Program name as the title; under it what the document is and for whom, and the period at the right. */
export function titleBlock(doc: ReportDoc, ctx: WriteCtx): string {
  return (
    paragraphXml(
      { style: 'Title', bidi: direction(doc.programName).bidirectional === true },
      plainRun(doc.programName),
    ) +
    paragraphXml(
      { style: STYLE_IDS.subtitle, rightTab: ctx.contentWidth },
      textRun(doc.title, { bold: true }) +
        textRun(` · ${doc.subtitle}`) +
        TAB_RUN +
        textRun(periodLine(doc), { size: ctx.sizes.muted, color: COLORS.muted }),
    )
  );
}

/** One line with text at the left margin and text at the right, for the header and footer. */
function furnitureLine(left: string, right: string, width: number, side: 'top' | 'bottom'): string {
  return paragraphXml(
    { style: STYLE_IDS.furniture, rule: { side, color: COLORS.rule }, rightTab: width },
    left + TAB_RUN + right,
  );
}

/** A simple field with its cached result. */
const field = (instruction: string, result: string): string =>
  `<w:fldSimple w:instr="${instruction}">${textRun(result)}</w:fldSimple>`;

/** The header's paragraph: the program and the document at the left, the period at the right. */
export function headerParagraph(doc: ReportDoc, contentWidth: number): string {
  return furnitureLine(
    textRun(doc.programName, { bold: true }) + textRun(` · ${doc.title}`),
    textRun(`Period ${formatRange(doc.period.start, doc.period.end)}`),
    contentWidth,
    'bottom',
  );
}

/** The footer's paragraph: for whom and when at the left, "Page X of Y" at the right. */
export function footerParagraph(doc: ReportDoc, contentWidth: number): string {
  return furnitureLine(
    textRun(`For ${doc.reader.name} · prepared ${formatDate(doc.date)}`),
    textRun('Page ') + field('PAGE', '1') + textRun(' of ') + field('NUMPAGES', '1'),
    contentWidth,
    'top',
  );
}

/** The section: header and footer (relationships rId6 and rId7, as docx numbers them), page and margins. */
export function sectionProperties(pageSize: PageSize): string {
  const page = PAGES[pageSize];
  const m = MARGINS;
  return (
    '<w:sectPr><w:headerReference w:type="default" r:id="rId6"/><w:footerReference w:type="default" r:id="rId7"/>' +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>` +
    '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

const CORE_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">';

/**
 * docProps/core.xml: title, subject (left out when empty, as docx does), creator and
 * description, and the time of writing as created and modified.
 */
export function coreProperties(doc: ReportDoc, now: Date): string {
  const element = (name: string, text: string): string =>
    text ? `<${name}>${escapeXml(text)}</${name}>` : '';
  const time = now.toISOString();
  return (
    CORE_OPEN +
    element('dc:title', sanitizeLine(`${doc.programName} – ${doc.title}`)) +
    element('dc:subject', sanitizeLine(doc.subtitle)) +
    element('dc:creator', 'Liaison') +
    element('dc:description', sanitizeLine(`${doc.title} for ${doc.reader.name}, ${doc.date}`)) +
    '<cp:lastModifiedBy>Un-named</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
