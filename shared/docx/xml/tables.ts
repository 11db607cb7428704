/**
 * Tables as WordprocessingML, written as docx writes the `Table`s of blocks.ts: the data table
 * in our table style (a grid also set on the table, fixed layout, repeating header row, zebra
 * rows and tone fills) and the status chip (a solid RAG cell beside the sentence).
 */
import { fitRow, type Run, type StatusBlock, type TableBlock } from '../../reports/model.ts';
import { TREND_MARK } from '../../render/palette.ts';
import { columnWidths, direction } from './layout.ts';
import { cellMargins, COLORS, RAG_CHIP, STYLE_IDS, TONE_FILLS, type Sizes } from '../styles.ts';
import { paragraphXml } from './paragraph.ts';
import { runsXml, runXml, textRun, textRuns, textXml } from './runs.ts';

/** What a table needs of the document: the width of the text and its type sizes. */
export interface TableCtx {
  readonly contentWidth: number;
  readonly sizes: Sizes;
}

const SIDES = ['top', 'left', 'bottom', 'right'] as const;
const borders = (sides: readonly string[], border: string): string =>
  sides.map((side) => `<w:${side} ${border}/>`).join('');
const GRID = 'w:val="single" w:color="' + COLORS.border + '" w:sz="4"';
const NONE = 'w:val="none" w:color="FFFFFF" w:sz="0"';
const TABLE_SIDES = [...SIDES, 'insideH', 'insideV'];

const width = (w: number): string => `<w:tcW w:type="dxa" w:w="${w}"/>`;
const shading = (fill: string): string => `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>`;
const margins = (m: { top: number; left: number; bottom: number; right: number }): string =>
  SIDES.map((side) => `<w:${side} w:type="dxa" w:w="${m[side]}"/>`).join('');
const grid = (widths: readonly number[]): string =>
  widths.length === 0
    ? '<w:tblGrid/>'
    : `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
const row = (cells: string, header = false): string =>
  cells ? `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>` : '';

const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/** A cell's one paragraph, in the table text style. */
function cellParagraph(
  runs: readonly Run[],
  sizes: Sizes,
  overrides: { color?: string; size?: number } = {},
): string {
  const bidi = direction(runsText(runs)).bidirectional === true;
  return paragraphXml({ style: STYLE_IDS.cell, bidi }, runsXml(runs, 'cell', sizes, overrides));
}

/** A data table: a header row in navy, then the rows, cells shaded by tone or zebra striped. */
export function dataTable(block: TableBlock, ctx: TableCtx): string {
  const widths = columnWidths(
    block.columns.map((c) => c.width),
    ctx.contentWidth,
  );
  const pad = cellMargins(ctx.sizes);
  let xml =
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE_IDS.table}"/><w:tblW w:type="dxa" w:w="${ctx.contentWidth}"/>` +
    `<w:tblBorders>${borders(TABLE_SIDES, GRID)}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${margins(pad)}</w:tblCellMar></w:tblPr>${grid(widths)}`;
  let header = '';
  block.columns.forEach((c, i) => {
    header +=
      `<w:tc><w:tcPr>${width(widths[i] ?? 0)}${shading(COLORS.headerFill)}<w:vAlign w:val="bottom"/></w:tcPr>` +
      `${cellParagraph([{ text: c.title, bold: true }], ctx.sizes, { color: COLORS.headerText })}</w:tc>`;
  });
  xml += row(header, true);
  block.rows.forEach((cells, r) => {
    let column = 0;
    let out = '';
    for (const c of fitRow(cells, block.columns.length)) {
      let size = 0;
      for (let i = column; i < column + c.span; i++) size += widths[i] ?? 0;
      column += c.span;
      const fill = c.tone ? TONE_FILLS[c.tone] : r % 2 === 1 ? COLORS.zebra : undefined;
      out +=
        `<w:tc><w:tcPr>${width(size)}${c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : ''}` +
        `${fill ? shading(fill) : ''}</w:tcPr>${cellParagraph(c.runs, ctx.sizes)}</w:tc>`;
    }
    xml += row(out);
  });
  return `${xml}</w:tbl>`;
}

const CHIP_WIDTH = 1800;
const CHIP_MARGINS = { top: 100, bottom: 100, left: 160, right: 160 };

function chipCell(cellWidth: number, fill: string, runs: string): string {
  return (
    `<w:tc><w:tcPr>${width(cellWidth)}<w:tcBorders>${borders(SIDES, NONE)}</w:tcBorders>${shading(fill)}` +
    `<w:tcMar>${margins(CHIP_MARGINS)}</w:tcMar><w:vAlign w:val="center"/></w:tcPr>` +
    `${paragraphXml({ style: STYLE_IDS.cell }, runs)}</w:tc>`
  );
}

/** The status chip: a solid RAG block with the trend, beside the label and the sentence. */
export function statusChip(block: StatusBlock, ctx: TableCtx): string {
  const chip = RAG_CHIP[block.rag];
  const rest = ctx.contentWidth - CHIP_WIDTH;
  const mark =
    textRun(block.rag.toUpperCase(), { bold: true, color: chip.text, size: 24 }) +
    runXml(
      { color: chip.text, size: ctx.sizes.muted },
      textXml(`${TREND_MARK[block.trend]} ${block.trend}`),
      true,
    );
  const sentence =
    textRun(`${block.label}: `, { bold: true, size: ctx.sizes.body }) +
    textRuns({ text: block.text }, 'cell', ctx.sizes, { size: ctx.sizes.body });
  return (
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${ctx.contentWidth}"/><w:tblBorders>${borders(TABLE_SIDES, NONE)}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/></w:tblPr>${grid([CHIP_WIDTH, rest])}` +
    row(chipCell(CHIP_WIDTH, chip.fill, mark) + chipCell(rest, COLORS.chipText, sentence)) +
    '</w:tbl>'
  );
}
