/**
 * The document tree as a Word document (.docx bytes). No IO: the caller (main) writes the bytes.
 *
 * The parts that change from document to document (the body, header, footer, list instances and
 * core properties) are written directly from the tree as WordprocessingML; the parts that are the
 * same for every document of a style set come from docx once and are reused (xml/parts.ts). The
 * elements written are the ones docx writes for the same tree (reference.ts, `renderDocxReference`,
 * which the tests compare this with).
 */
import type { ReportDoc } from '../reports/model.ts';
import { sanitizeDoc, sanitizeStylesXml } from './sanitize.ts';
import { MARGINS, ONE_PAGE_SIZES, PAGES, SIZES, STYLE_IDS, type PageSize } from './styles.ts';
import { blocksXml, type WriteCtx } from './xml/blocks.ts';
import {
  coreProperties,
  footerParagraph,
  headerParagraph,
  sectionProperties,
  titleBlock,
} from './xml/furniture.ts';
import { ListInstances } from './xml/numbering.ts';
import { LEVEL, repeatedZipEntry, zip, zipEntry } from './xml/package.ts';
import { styleSetParts, type VariablePart } from './xml/parts.ts';

// The parts documents of one batch share: the header (one per template and period) and the list
// instances (one set per shape of lists).
const REPEATED: ReadonlySet<VariablePart> = new Set(['word/header1.xml', 'word/numbering.xml'] as const);

export interface RenderDocxOptions {
  /** styles.xml from a user's .docx or .dotx: its styles replace ours (Title, headings, Normal). */
  styles?: string;
  /** Defaults to A4. */
  pageSize?: PageSize;
}

/**
 * Renders the document as .docx bytes. Every string is sanitized first (U+FFFE, U+FFFF and
 * control characters never reach the XML). A user's styles.xml that is not a styles part, or that
 * docx cannot read, is ignored and the built-in look is used instead.
 */
export async function renderDocx(doc: ReportDoc, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  const clean = sanitizeDoc(doc);
  const pageSize = options.pageSize ?? 'a4';
  const set = await styleSetParts({ fit: clean.fit, styles: sanitizeStylesXml(options.styles) });
  const page = PAGES[pageSize];
  const onePage = clean.fit === 'one-page';
  const ctx: WriteCtx = {
    contentWidth: page.width - MARGINS.left - MARGINS.right,
    // A document that must fit one page gets type a point tighter.
    sizes: onePage ? ONE_PAGE_SIZES : SIZES,
    lists: new ListInstances(),
    ...(onePage ? { bodyStyle: STYLE_IDS.body } : {}),
  };
  const body = titleBlock(clean, ctx) + blocksXml(clean.blocks, ctx) + sectionProperties(pageSize);
  const now = new Date();
  const own: Record<VariablePart, string> = {
    'word/document.xml': set.documentOpen + body + set.documentClose,
    'word/header1.xml': set.headerOpen + headerParagraph(clean, ctx.contentWidth) + set.headerClose,
    'word/footer1.xml': set.footerOpen + footerParagraph(clean, ctx.contentWidth) + set.footerClose,
    'word/numbering.xml': set.numberingOpen + ctx.lists.xml() + set.numberingClose,
    'docProps/core.xml': coreProperties(clean, now),
  };
  return zip(
    set.entries.map((e) => {
      if (e.constant) return e.constant;
      const name = e.name as VariablePart;
      return REPEATED.has(name) ? repeatedZipEntry(name, own[name]) : zipEntry(name, own[name], LEVEL.each);
    }),
    now,
  );
}
