/**
 * The reference renderer: the document tree as a Word document built as a docx object tree and
 * packed with `Packer.toArrayBuffer` (no Node Buffer, so it runs anywhere). `renderDocx`
 * (render.ts) writes the same package directly and is checked against this one; the constant
 * parts it reuses are packed from a skeleton made here.
 */
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  Tab,
  Paragraph,
  SimpleField,
  TabStopType,
  TextRun,
  type ISectionOptions,
  type ParagraphChild,
  type Table,
} from 'docx';
import { formatDate, formatRange } from '../domain/dates.ts';
import { periodLine, type ReportDoc } from '../reports/model.ts';
import { plainRun, renderBlocks, type RenderCtx } from './blocks.ts';
import { direction } from './xml/layout.ts';
import { sanitizeLine } from '../render/text.ts';
import type { RenderDocxOptions } from './render.ts';
import { sanitizeDoc, sanitizeStylesXml } from './sanitize.ts';
import {
  COLORS,
  MARGINS,
  NUMBERING,
  ONE_PAGE_SIZES,
  PAGES,
  SIZES,
  customParagraphStyles,
  defaultStyles,
  STYLE_IDS,
  stylesPart,
  type PageSize,
} from './styles.ts';

function periodText(doc: ReportDoc): string {
  return `Period ${formatRange(doc.period.start, doc.period.end)}`;
}

/** Program name as the title; under it what the document is and for whom, and the period at the right. */
function titleBlock(doc: ReportDoc, ctx: RenderCtx): Paragraph[] {
  return [
    new Paragraph({ heading: 'Title', ...direction(doc.programName), children: [plainRun(doc.programName)] }),
    new Paragraph({
      style: STYLE_IDS.subtitle,
      tabStops: [{ type: TabStopType.RIGHT, position: ctx.contentWidth }],
      children: [
        new TextRun({ text: doc.title, bold: true }),
        new TextRun(` · ${doc.subtitle}`),
        new TextRun({ children: [new Tab()] }),
        new TextRun({ text: periodLine(doc), size: ctx.sizes.muted, color: COLORS.muted }),
      ],
    }),
  ];
}

/** One line with text at the left margin and text at the right, for the header and footer. */
function furnitureLine(
  left: ParagraphChild[],
  right: ParagraphChild[],
  width: number,
  rule: 'top' | 'bottom',
): Paragraph {
  const border = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule, space: 4 };
  return new Paragraph({
    style: STYLE_IDS.furniture,
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    border: rule === 'top' ? { top: border } : { bottom: border },
    children: [...left, new TextRun({ children: [new Tab()] }), ...right],
  });
}

function section(doc: ReportDoc, ctx: RenderCtx, page: (typeof PAGES)[PageSize]): ISectionOptions {
  const children: Array<Paragraph | Table> = [...titleBlock(doc, ctx), ...renderBlocks(doc.blocks, ctx)];
  const header = furnitureLine(
    [new TextRun({ text: doc.programName, bold: true }), new TextRun(` · ${doc.title}`)],
    [new TextRun(periodText(doc))],
    ctx.contentWidth,
    'bottom',
  );
  const footer = furnitureLine(
    [new TextRun(`For ${doc.reader.name} · prepared ${formatDate(doc.date)}`)],
    // Fields with a cached result (w:fldSimple holding a run): Word Online refuses PAGE and
    // NUMPAGES fields without one (docx issue 3289). Word and LibreOffice recount on opening.
    [
      new TextRun('Page '),
      new SimpleField('PAGE', '1'),
      new TextRun(' of '),
      new SimpleField('NUMPAGES', '1'),
    ],
    ctx.contentWidth,
    'top',
  );
  return {
    properties: { page: { size: { width: page.width, height: page.height }, margin: MARGINS } },
    headers: { default: new Header({ children: [header] }) },
    footers: { default: new Footer({ children: [footer] }) },
    children,
  };
}

function makeDocument(doc: ReportDoc, userStyles: string | undefined, pageSize: PageSize): Document {
  const page = PAGES[pageSize];
  let instance = 0;
  // A document that must fit one page gets type a point tighter.
  const sizes = doc.fit === 'one-page' ? ONE_PAGE_SIZES : SIZES;
  const ctx: RenderCtx = {
    contentWidth: page.width - MARGINS.left - MARGINS.right,
    sizes,
    nextListInstance: () => ++instance,
    ...(doc.fit === 'one-page' ? { bodyStyle: STYLE_IDS.body } : {}),
  };
  // The user's styles win: ours are added only under ids their template does not define, and
  // the look of Title and the headings is theirs.
  const ours = customParagraphStyles(sizes);
  const custom = userStyles ? ours.filter((s) => !userStyles.includes(`w:styleId="${s.id}"`)) : ours;
  return new Document({
    title: sanitizeLine(`${doc.programName} – ${doc.title}`),
    subject: sanitizeLine(doc.subtitle),
    creator: 'Liaison',
    description: sanitizeLine(`${doc.title} for ${doc.reader.name}, ${doc.date}`),
    numbering: NUMBERING,
    externalStyles: stylesPart(userStyles, sizes),
    styles: userStyles
      ? { paragraphStyles: custom }
      : { default: defaultStyles(sizes), paragraphStyles: custom },
    sections: [section(doc, ctx, page)],
  });
}

export type { RenderDocxOptions } from './render.ts';

/**
 * Renders the document as .docx bytes through docx's object tree. Every string is sanitized first
 * (U+FFFE, U+FFFF and control characters never reach the XML). A user's styles.xml that is not a
 * styles part, or that docx cannot read, is ignored and the built-in look is used instead.
 */
export async function renderDocxReference(
  doc: ReportDoc,
  options: RenderDocxOptions = {},
): Promise<Uint8Array> {
  const clean = sanitizeDoc(doc);
  const pageSize = options.pageSize ?? 'a4';
  const userStyles = sanitizeStylesXml(options.styles);
  let document: Document;
  try {
    document = makeDocument(clean, userStyles, pageSize);
  } catch (error) {
    if (userStyles === undefined) throw error;
    document = makeDocument(clean, undefined, pageSize);
  }
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
