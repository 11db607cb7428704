/**
 * The body's blocks as WordprocessingML, one writer per block kind, the same elements docx
 * writes for the builders of blocks.ts (the reference): headings in Heading 1-3, body
 * paragraphs, bullet and numbered lists (each numbered list its own instance, so it restarts at
 * 1), tables and the status chip, and the spacer after a table.
 */
import type { Block, BulletsBlock, HeadingBlock, ParagraphBlock, Run } from '../../reports/model.ts';
import { direction } from './layout.ts';
import { LISTS } from '../styles.ts';
import type { ListInstances } from './numbering.ts';
import { paragraphXml } from './paragraph.ts';
import { plainRun, runsXml } from './runs.ts';
import { dataTable, statusChip, type TableCtx } from './tables.ts';

/** What the block writers need of the document being written. */
export interface WriteCtx extends TableCtx {
  /** The style of body paragraphs and list items (one-page documents set their size). */
  readonly bodyStyle?: string;
  /** The document's list instances, which numbering.xml lists. */
  readonly lists: ListInstances;
}

const HEADING_STYLES = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' } as const;

const runsText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');
const bidi = (text: string): boolean => direction(text).bidirectional === true;

function heading(block: HeadingBlock): string {
  return paragraphXml({ style: HEADING_STYLES[block.level], bidi: bidi(block.text) }, plainRun(block.text));
}

function paragraph(block: ParagraphBlock, ctx: WriteCtx): string {
  return paragraphXml(
    { ...(ctx.bodyStyle ? { style: ctx.bodyStyle } : {}), bidi: bidi(runsText(block.runs)) },
    runsXml(block.runs, 'body', ctx.sizes),
  );
}

function bullets(block: BulletsBlock, ctx: WriteCtx): string {
  const instance = block.ordered ? ctx.lists.nextInstance() : 0;
  const reference = block.ordered ? LISTS.numbers : LISTS.bullets;
  let xml = '';
  for (const item of block.items) {
    xml += paragraphXml(
      {
        // docx gives a list item without a style the List Paragraph style.
        style: ctx.bodyStyle ?? 'ListParagraph',
        list: { level: item.level ?? 0, numId: ctx.lists.numId(reference, instance) },
        bidi: bidi(runsText(item.runs)),
        spacing: { before: 0, after: 60 },
      },
      runsXml(item.runs, 'body', ctx.sizes),
    );
  }
  return xml;
}

/**
 * A little air after a table, which Word otherwise butts against the next paragraph; at the end
 * of the document a hairline one (Word always has a paragraph after a last table, and a full-size
 * one could spill onto a page of its own).
 */
function spacer(last: boolean): string {
  return paragraphXml({ spacing: { before: 0, after: 0, line: last ? 20 : 120, lineRule: 'exact' } }, '');
}

/** The WordprocessingML of one block. */
export function blockXml(block: Block, ctx: WriteCtx): string {
  switch (block.type) {
    case 'heading':
      return heading(block);
    case 'paragraph':
      return paragraph(block, ctx);
    case 'bullets':
      return bullets(block, ctx);
    case 'table':
      return dataTable(block, ctx);
    case 'status':
      return statusChip(block, ctx);
  }
}

/**
 * The WordprocessingML of a run of blocks. A table is followed by a little space, except before
 * a heading (which brings its own) or at the very end; two tables in a row also need it, or Word
 * joins them into one.
 */
export function blocksXml(blocks: readonly Block[], ctx: WriteCtx): string {
  let xml = '';
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    xml += blockXml(block, ctx);
    const next = blocks[i + 1];
    const isTable = block.type === 'table' || block.type === 'status';
    if (isTable && (next === undefined || next.type !== 'heading')) xml += spacer(next === undefined);
  }
  return xml;
}
