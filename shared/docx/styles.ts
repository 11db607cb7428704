/**
 * The look of every document, defined once: the palette, the named paragraph styles (Title,
 * Heading 1-3 and our own), the table style, bullet and number lists, and the page. Arial is used
 * because Word has it everywhere and LibreOffice has a metric-compatible twin, so a page counted
 * here is a page in Word.
 */
import { AlignmentType, BorderStyle, LevelFormat, type IStylesOptions, type INumberingOptions } from 'docx';
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
};

/** A point tighter, for a document that must fit on one page (the executive brief). */
export const ONE_PAGE_SIZES: Sizes = {
  cellPad: 12,
  body: 18,
  table: 16,
  muted: 15,
  cellMuted: 14,
  header: 15,
  title: 30,
  subtitle: 20,
  h1: 23,
  h2: 20,
};

/** Ids of the styles we add beside Word's built-in ones. */
export const STYLE_IDS = {
  subtitle: 'LiaisonSubtitle',
  cell: 'LiaisonCell',
  furniture: 'LiaisonFurniture',
  table: 'LiaisonTable',
} as const;

/** Padding inside table cells, in twips. */
export function cellMargins(sizes: Sizes): { top: number; bottom: number; left: number; right: number } {
  return { top: sizes.cellPad, bottom: sizes.cellPad, left: 90, right: 90 };
}

export const LISTS = { bullets: 'liaison-bullets', numbers: 'liaison-numbers' } as const;

const spacing = (before: number, after: number): { before: number; after: number; line: number } => ({
  before,
  after,
  line: 260,
});

/** The built-in styles (Title, Heading 1-3, List Paragraph) and document defaults. */
export function defaultStyles(sizes: Sizes): NonNullable<IStylesOptions['default']> {
  return {
    document: {
      run: { font: FONT, size: sizes.body, color: COLORS.text },
      paragraph: { spacing: spacing(0, 80) },
    },
    title: {
      run: { font: FONT, size: sizes.title, bold: true, color: COLORS.navy },
      paragraph: { spacing: { before: 0, after: 40 } },
    },
    heading1: {
      run: { font: FONT, size: sizes.h1, bold: true, color: COLORS.navy },
      paragraph: {
        spacing: { before: 150, after: 60 },
        keepNext: true,
        keepLines: true,
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.rule, space: 2 } },
      },
    },
    heading2: {
      run: { font: FONT, size: sizes.h2, bold: true, color: COLORS.accent },
      paragraph: { spacing: { before: 180, after: 60 }, keepNext: true, keepLines: true },
    },
    heading3: {
      run: { font: FONT, size: sizes.body, bold: true, color: COLORS.text },
      paragraph: { spacing: { before: 120, after: 40 }, keepNext: true, keepLines: true },
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
 * The styles part handed to docx as "external styles": the user's own (with our table style
 * added when theirs lacks it) or, without one, a part holding only our table style; docx adds its
 * built-in styles (Title, headings) under it, with our look from `DEFAULT_STYLES`.
 */
export function stylesPart(userXml: string | undefined, sizes: Sizes): string {
  if (userXml === undefined) {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${tableStyleXml(sizes)}</w:styles>`;
  }
  if (userXml.includes(`w:styleId="${STYLE_IDS.table}"`)) return userXml;
  const end = userXml.lastIndexOf('</w:styles>');
  return end < 0 ? userXml : `${userXml.slice(0, end)}${tableStyleXml(sizes)}${userXml.slice(end)}`;
}

/** Bullets (•, then –) and numbers (1., then a.), indented to line up with body text. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: LISTS.bullets,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360, hanging: 240 } } },
        },
        {
          level: 1,
          format: LevelFormat.BULLET,
          text: '–',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 240 } } },
        },
      ],
    },
    {
      reference: LISTS.numbers,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360, hanging: 300 } } },
        },
        {
          level: 1,
          format: LevelFormat.LOWER_LETTER,
          text: '%2.',
          alignment: AlignmentType.LEFT,
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
