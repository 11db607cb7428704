/**
 * One builder per node kind of the document tree, each taking a read-only context. Strings
 * arrive sanitized (see `sanitizeDoc`); newlines become real line breaks and tabs real tabs.
 */
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import {
  fitRow,
  type Block,
  type BulletsBlock,
  type HeadingBlock,
  type ParagraphBlock,
  type Run,
  type StatusBlock,
  type TableBlock,
} from '../reports/model.ts';
import { TREND_MARK } from '../render/palette.ts';
import { splitLines } from '../render/text.ts';
import { cellMargins, COLORS, LISTS, RAG_CHIP, STYLE_IDS, TONE_FILLS, type Sizes } from './styles.ts';
import { columnWidths, direction, isRightToLeft } from './xml/layout.ts';

export interface RenderCtx {
  /** Width available for text and tables, in twips. */
  readonly contentWidth: number;
  /** The type sizes of this document. */
  readonly sizes: Sizes;
  /** Gives each numbered list its own instance, so numbering restarts at 1. */
  nextListInstance(): number;
  /** The style of body paragraphs and list items (one-page documents set their size). */
  readonly bodyStyle?: string;
}

type Where = 'body' | 'cell';

/** A plain run of `text`, marked right-to-left when it is in a right-to-left script. */
export function plainRun(text: string): TextRun {
  return new TextRun({ text, ...(isRightToLeft(text) ? { rightToLeft: true } : {}) });
}

const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/** Text runs for one model run: a break before each line after the first, tabs as real tabs. */
export function textRuns(
  run: Run,
  where: Where,
  sizes: Sizes,
  overrides: { color?: string; size?: number } = {},
): TextRun[] {
  const mutedSize = where === 'cell' ? sizes.cellMuted : sizes.muted;
  return splitLines(run.text).map((line, i) => {
    const parts = line.split('\t');
    const children: Array<string | Tab> = [];
    parts.forEach((part, j) => {
      if (j > 0) children.push(new Tab());
      if (part) children.push(part);
    });
    return new TextRun({
      children,
      ...(isRightToLeft(line) ? { rightToLeft: true } : {}),
      ...(i > 0 ? { break: 1 } : {}),
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(run.muted ? { color: COLORS.muted, size: mutedSize } : {}),
      ...overrides,
    });
  });
}

function heading(block: HeadingBlock): Paragraph {
  const level = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }[
    block.level
  ];
  return new Paragraph({ heading: level, ...direction(block.text), children: [plainRun(block.text)] });
}

function paragraph(block: ParagraphBlock, ctx: RenderCtx): Paragraph {
  return new Paragraph({
    ...(ctx.bodyStyle ? { style: ctx.bodyStyle } : {}),
    ...direction(runsText(block.runs)),
    children: block.runs.flatMap((r) => textRuns(r, 'body', ctx.sizes)),
  });
}

function bullets(block: BulletsBlock, ctx: RenderCtx): Paragraph[] {
  const instance = block.ordered ? ctx.nextListInstance() : 0;
  return block.items.map(
    (item) =>
      new Paragraph({
        ...(ctx.bodyStyle ? { style: ctx.bodyStyle } : {}),
        numbering: {
          reference: block.ordered ? LISTS.numbers : LISTS.bullets,
          level: item.level ?? 0,
          ...(block.ordered ? { instance } : {}),
        },
        spacing: { before: 0, after: 60 },
        ...direction(runsText(item.runs)),
        children: item.runs.flatMap((r) => textRuns(r, 'body', ctx.sizes)),
      }),
  );
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const GRID = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border } as const;

function cellParagraphs(
  runs: Run[],
  sizes: Sizes,
  overrides: { color?: string; size?: number } = {},
): Paragraph[] {
  return [
    new Paragraph({
      style: STYLE_IDS.cell,
      ...direction(runsText(runs)),
      children: runs.flatMap((r) => textRuns(r, 'cell', sizes, overrides)),
    }),
  ];
}

function dataTable(block: TableBlock, ctx: RenderCtx): Table {
  const widths = columnWidths(
    block.columns.map((c) => c.width),
    ctx.contentWidth,
  );
  const width = (i: number): { size: number; type: typeof WidthType.DXA } => ({
    size: widths[i] ?? 0,
    type: WidthType.DXA,
  });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map(
      (c, i) =>
        new TableCell({
          width: width(i),
          shading: { fill: COLORS.headerFill, type: ShadingType.CLEAR, color: 'auto' },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: cellParagraphs([{ text: c.title, bold: true }], ctx.sizes, { color: COLORS.headerText }),
        }),
    ),
  });
  const rows = block.rows.map((row, r) => {
    let column = 0;
    return new TableRow({
      cantSplit: true,
      children: fitRow(row, block.columns.length).map((c) => {
        const size = widths.slice(column, column + c.span).reduce((a, w) => a + w, 0);
        column += c.span;
        const fill = c.tone ? TONE_FILLS[c.tone] : r % 2 === 1 ? COLORS.zebra : undefined;
        return new TableCell({
          width: { size, type: WidthType.DXA },
          ...(c.span > 1 ? { columnSpan: c.span } : {}),
          ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
          children: cellParagraphs(c.runs, ctx.sizes),
        });
      }),
    });
  });
  return new Table({
    rows: [header, ...rows],
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    style: STYLE_IDS.table,
    // Also set on the table, for readers that ignore table styles.
    borders: {
      top: GRID,
      bottom: GRID,
      left: GRID,
      right: GRID,
      insideHorizontal: GRID,
      insideVertical: GRID,
    },
    margins: cellMargins(ctx.sizes),
  });
}

/** The status chip: a solid RAG block with the trend, beside the label and the sentence. */
function statusChip(block: StatusBlock, ctx: RenderCtx): Table {
  const chip = RAG_CHIP[block.rag];
  const chipWidth = 1800;
  const none = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER };
  const margins = { top: 100, bottom: 100, left: 160, right: 160 };
  return new Table({
    width: { size: ctx.contentWidth, type: WidthType.DXA },
    columnWidths: [chipWidth, ctx.contentWidth - chipWidth],
    layout: TableLayoutType.FIXED,
    borders: { ...none, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            width: { size: chipWidth, type: WidthType.DXA },
            shading: { fill: chip.fill, type: ShadingType.CLEAR, color: 'auto' },
            verticalAlign: VerticalAlignTable.CENTER,
            margins,
            borders: none,
            children: [
              new Paragraph({
                style: STYLE_IDS.cell,
                children: [
                  new TextRun({ text: block.rag.toUpperCase(), bold: true, size: 24, color: chip.text }),
                  new TextRun({
                    text: `${TREND_MARK[block.trend]} ${block.trend}`,
                    break: 1,
                    size: ctx.sizes.muted,
                    color: chip.text,
                  }),
                ],
              }),
            ],
          }),
          new TableCell({
            width: { size: ctx.contentWidth - chipWidth, type: WidthType.DXA },
            shading: { fill: COLORS.chipText, type: ShadingType.CLEAR, color: 'auto' },
            verticalAlign: VerticalAlignTable.CENTER,
            margins,
            borders: none,
            children: [
              new Paragraph({
                style: STYLE_IDS.cell,
                children: [
                  new TextRun({ text: `${block.label}: `, bold: true, size: ctx.sizes.body }),
                  ...textRuns({ text: block.text }, 'cell', ctx.sizes, { size: ctx.sizes.body }),
                ],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * A little air after a table, which Word otherwise butts against the next paragraph; at the end
 * of the document a hairline one (Word always has a paragraph after a last table, and a full-size
 * one could spill onto a page of its own).
 */
function spacer(last: boolean): Paragraph {
  const height = last ? 20 : 120;
  return new Paragraph({ spacing: { before: 0, after: 0, line: height, lineRule: 'exact' }, children: [] });
}

/** The Word elements for one block. */
export function renderBlock(block: Block, ctx: RenderCtx): Array<Paragraph | Table> {
  switch (block.type) {
    case 'heading':
      return [heading(block)];
    case 'paragraph':
      return [paragraph(block, ctx)];
    case 'bullets':
      return bullets(block, ctx);
    case 'table':
      return [dataTable(block, ctx)];
    case 'status':
      return [statusChip(block, ctx)];
  }
}

/**
 * The Word elements for a run of blocks. A table is followed by a little space, except before a
 * heading (which brings its own) or at the very end; two tables in a row also need it, or Word
 * joins them into one.
 */
export function renderBlocks(blocks: readonly Block[], ctx: RenderCtx): Array<Paragraph | Table> {
  return blocks.flatMap((block, i) => {
    const out = renderBlock(block, ctx);
    const next = blocks[i + 1];
    const isTable = block.type === 'table' || block.type === 'status';
    return isTable && (next === undefined || next.type !== 'heading')
      ? [...out, spacer(next === undefined)]
      : out;
  });
}
