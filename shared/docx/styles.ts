/**
 * The look of every document, defined once: the palette, the named paragraph styles (Title,
 * Heading 1-3 and our own), the table style, bullet and number lists, and the page. Arial is used
 * because Word has it everywhere and LibreOffice has a metric-compatible twin, so a page counted
 * here is a page in Word.
 */
// Types only, and docx's enum values written as the strings they are (BorderStyle.SINGLE is
// 'single'): the direct writer reads this module, and a report should never evaluate docx.
import type { IStylesOptions, INumberingOptions } from 'docx';
import { COLORS } from '../render/palette.ts';

export const FONT = 'Arial';

export { COLORS, RAG_CHIP, TONE_FILLS } from '../render/palette.ts';

/** Type sizes in half-points, and the padding above and below table text in twips. */
export interface Sizes {
  cellPad: number;
  body: number;
  table: number;
  muted: number;
  cellMuted: number;
  header: number;
  title: number;
  subtitle: number;
  h1: number;
  h2: number;
  /** Space before a Heading 1 and a Heading 3, and the body line height, in twips. */
  h1Before: number;
  h3Before: number;
  line: number;
}

/** 9.5 pt body, 8.5 pt tables, 7.5-8 pt secondary text and page furniture. */
export const SIZES: Sizes = {
  cellPad: 25,
  body: 19,
  table: 17,
  muted: 16,
  cellMuted: 15,
  header: 15,
  title: 32,
  subtitle: 21,
  h1: 25,
  h2: 21,
  h1Before: 150,
  h3Before: 120,
  line: 260,
};

/**
 * Tighter, for a document that must fit on one page (the executive brief): 8.5 pt body, 7 pt
 * tables, less air around headings. Sized so the fixture's brief with four more risks and six more
 * milestones, or in a 12 pt Courier template, or on US Letter, still holds one page.
 */
export const ONE_PAGE_SIZES: Sizes = {
  cellPad: 4,
  body: 17,
  table: 14,
  muted: 14,
  cellMuted: 12,
  header: 14,
  title: 28,
  subtitle: 18,
  h1: 21,
  h2: 18,
  h1Before: 70,
  h3Before: 50,
  line: 228,
};

/** Ids of the styles we add beside Word's built-in ones. */
export const STYLE_IDS = {
  subtitle: 'LiaisonSubtitle',
  cell: 'LiaisonCell',
  furniture: 'LiaisonFurniture',
  body: 'LiaisonBody',
  table: 'LiaisonTable',
} as const;

/** Padding inside table cells, in twips. */
export function cellMargins(sizes: Sizes): { top: number; bottom: number; left: number; right: number } {
  return { top: sizes.cellPad, bottom: sizes.cellPad, left: 90, right: 90 };
}

export const LISTS = { bullets: 'liaison-bullets', numbers: 'liaison-numbers' } as const;

const spacing = (
  before: number,
  after: number,
  line: number,
): { before: number; after: number; line: number } => ({
  before,
  after,
  line,
});

/** The built-in styles (Title, Heading 1-3, List Paragraph) and document defaults. */
export function defaultStyles(sizes: Sizes): NonNullable<IStylesOptions['default']> {
  return {
    document: {
      run: { font: FONT, size: sizes.body, color: COLORS.text },
      paragraph: { spacing: spacing(0, sizes.h1Before / 2, sizes.line) },
    },
    title: {
      run: { font: FONT, size: sizes.title, bold: true, color: COLORS.navy },
      paragraph: { spacing: { before: 0, after: 40 } },
    },
    heading1: {
      run: { font: FONT, size: sizes.h1, bold: true, color: COLORS.navy },
      paragraph: {
        spacing: { before: sizes.h1Before, after: sizes.h1Before / 3 },
        keepNext: true,
        keepLines: true,
        border: { bottom: { style: 'single', size: 6, color: COLORS.rule, space: 2 } },
      },
    },
    heading2: {
      run: { font: FONT, size: sizes.h2, bold: true, color: COLORS.accent },
      paragraph: { spacing: { before: 180, after: 60 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: sizes.body, bold: true, color: COLORS.text },
      paragraph: { spacing: { before: sizes.h3Before, after: 40 }, keepNext: true, keepLines: true },
    },
    listParagraph: { run: { font: FONT, size: sizes.body } },
  };
}

/**
 * Our own paragraph styles: the subtitle line under the title, table text, header and footer.
 * None names a font: they inherit Normal's, so with a user's template the tables, header and
 * footer take its font as the body does (without one, Normal is Arial).
 */
export function customParagraphStyles(sizes: Sizes): NonNullable<IStylesOptions['paragraphStyles']> {
  return [
    {
      id: STYLE_IDS.subtitle,
      name: 'Liaison Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: sizes.subtitle, color: COLORS.accent },
      paragraph: { spacing: { before: 0, after: 120 } },
    },
    {
      id: STYLE_IDS.cell,
      name: 'Liaison Table Text',
      basedOn: 'Normal',
      run: { size: sizes.table },
      paragraph: { spacing: { before: 0, after: 0, line: 240 } },
    },
    {
      // Body text of a one-page document: Normal's font at our size, so a user's 12 pt template
      // still fits the brief on its page.
      id: STYLE_IDS.body,
      name: 'Liaison Compact Body',
      basedOn: 'Normal',
      run: { size: sizes.body },
      paragraph: { spacing: { before: 0, after: sizes.h1Before / 2, line: sizes.line } },
    },
    {
      id: STYLE_IDS.furniture,
      name: 'Liaison Header and Footer',
      basedOn: 'Normal',
      run: { size: sizes.header, color: COLORS.muted },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  ];
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * The table style as WordprocessingML (docx has no option for table styles): a thin grey grid
 * and cell padding. Header shading and status colours are set on the cells themselves.
 */
export function tableStyleXml(sizes: Sizes): string {
  const pad = cellMargins(sizes);
  const border = (side: string): string =>
    `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${COLORS.border}"/>`;
  return (
    `<w:style w:type="table" w:styleId="${STYLE_IDS.table}">` +
    `<w:name w:val="Liaison Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>` +
    `<w:rPr><w:sz w:val="${sizes.table}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="${pad.top}" w:type="dxa"/><w:left w:w="${pad.left}" w:type="dxa"/><w:bottom w:w="${pad.bottom}" w:type="dxa"/><w:right w:w="${pad.right}" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `</w:style>`
  );
}

/**
 * Title and Heading 1-3 as WordprocessingML, for a user's template that lacks them: our sizes and
 * colours with no font (they take the template's Normal), and the outline levels Word's
 * navigation pane reads. Written into the part rather than handed to docx, which can drop a style
 * whose id the external part also holds (docx PR 3474).
 */
export function headingStylesXml(sizes: Sizes, missing: (id: string) => boolean): string {
  const style = (
    id: string,
    name: string,
    sz: number,
    before: number,
    color: string,
    level?: number,
  ): string =>
    missing(id)
      ? `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
        `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="${Math.round(before / 3)}"/>${level === undefined ? '' : `<w:outlineLvl w:val="${level}"/>`}</w:pPr>` +
        `<w:rPr><w:b/><w:color w:val="${color}"/><w:sz w:val="${sz}"/></w:rPr></w:style>`
      : '';
  return (
    style('Title', 'Title', sizes.title, 0, COLORS.navy) +
    style('Heading1', 'heading 1', sizes.h1, sizes.h1Before, COLORS.navy, 0) +
    style('Heading2', 'heading 2', sizes.h2, sizes.h1Before, COLORS.accent, 1) +
    style('Heading3', 'heading 3', sizes.body, sizes.h3Before, COLORS.text, 2)
  );
}

/**
 * The styles part handed to docx as "external styles": the user's own (with our table style, and
 * our Title and headings, added when theirs lacks them) or, without one, a part holding only our table style; docx adds its
 * built-in styles (Title, headings) under it, with our look from `DEFAULT_STYLES`.
 */
export function stylesPart(userXml: string | undefined, sizes: Sizes): string {
  if (userXml === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${tableStyleXml(sizes)}</w:styles>`;
  }
  const missing = (id: string): boolean => !userXml.includes(`w:styleId="${id}"`);
  const added = (missing(STYLE_IDS.table) ? tableStyleXml(sizes) : '') + headingStylesXml(sizes, missing);
  const end = userXml.lastIndexOf('</w:styles>');
  return end < 0 ? userXml : `${userXml.slice(0, end)}${added}${userXml.slice(end)}`;
}

/** Bullets (•, then –) and numbers (1., then a.), indented to line up with body text. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: LISTS.bullets,
      levels: [
        {
          level: 0,
          format: 'bullet',
          text: '•',
          alignment: 'left',
          style: { paragraph: { indent: { left: 360, hanging: 240 } } },
        },
        {
          level: 1,
          format: 'bullet',
          text: '–',
          alignment: 'left',
          style: { paragraph: { indent: { left: 720, hanging: 240 } } },
        },
      ],
    },
    {
      reference: LISTS.numbers,
      levels: [
        {
          level: 0,
          format: 'decimal',
          text: '%1.',
          alignment: 'left',
          style: { paragraph: { indent: { left: 360, hanging: 300 } } },
        },
        {
          level: 1,
          format: 'lowerLetter',
          text: '%2.',
          alignment: 'left',
          style: { paragraph: { indent: { left: 720, hanging: 300 } } },
        },
      ],
    },
  ],
};

/** Page sizes in twips, and the margins (15 mm at the sides, 14 mm top and bottom). */
export const PAGES = {
  a4: { width: 11906, height: 16838 },
  letter: { width: 12240, height: 15840 },
} as const;
export type PageSize = keyof typeof PAGES;
export const MARGINS = { top: 820, bottom: 700, left: 850, right: 850, header: 380, footer: 340 } as const;
