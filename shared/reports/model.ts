/**
 * The document tree every renderer takes (Word, HTML email body, plain text): a plain, JSON
 * serialisable value with no class instances, so the app can send it over IPC for a preview.
 * All tailoring is decided before this tree exists; renderers only lay it out.
 */
import { formatDate, formatRange, type IsoDate } from '../domain/dates.ts';
import type { Tone } from '../render/palette.ts';
import type { Rag, Template, Trend } from '../schema/program.ts';

/** Bumped when the tree changes shape, so a stored preview can be recognised as stale. */
export const REPORT_DOC_VERSION = 1;

export { TONES, type Tone } from '../render/palette.ts';

/** A piece of text with one look. A `\n` inside `text` is a line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Secondary text: smaller and grey (assumptions, reasons, captions). */
  muted?: boolean;
}

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  runs: Run[];
}

export interface ListItem {
  runs: Run[];
  /** 0 for a top-level bullet, 1 for one nested under the previous item. */
  level?: 0 | 1;
}

export interface BulletsBlock {
  type: 'bullets';
  items: ListItem[];
  /** Numbered instead of bulleted (agendas). */
  ordered?: boolean;
}

export interface TableColumn {
  title: string;
  /** Relative width; the renderer scales the weights to the page. */
  width: number;
}

export interface TableCell {
  runs: Run[];
  /** Shades the cell in its status colour. */
  tone?: Tone;
  /** How many columns the cell covers (a band row such as an objective over its key results). */
  span?: number;
}

export interface TableBlock {
  type: 'table';
  columns: TableColumn[];
  /** Each row's cells cover the columns exactly (a cell with `span` covers several). */
  rows: TableCell[][];
}

/** The overall status: RAG colour, trend and one sentence. */
export interface StatusBlock {
  type: 'status';
  rag: Rag;
  trend: Trend;
  /** What the chip is the status of, e.g. "Overall status". */
  label: string;
  text: string;
}

export type Block = HeadingBlock | ParagraphBlock | BulletsBlock | TableBlock | StatusBlock;
export type BlockType = Block['type'];

/** What a document is: a reader's report or checklist (a `Template`), or the program's communication plan. */
export type DocumentKind = Template | 'communication-plan';

export interface ReportDoc<K extends DocumentKind = DocumentKind> {
  version: typeof REPORT_DOC_VERSION;
  /** e.g. "Executive brief" or "Meeting checklist". */
  title: string;
  /** e.g. "For Dana Whitfield, Chief Financial Officer · 20 Nov 2026". */
  subtitle: string;
  programName: string;
  period: { start: IsoDate; end: IsoDate };
  template: K;
  /** Whom the document is for; for a meeting checklist, the meeting. */
  reader: { id: string; name: string };
  /** The day the document is written for ("today"). */
  date: IsoDate;
  /** A layout hint: the document is meant to fit on one page (renderers may set type tighter). */
  fit?: 'one-page';
  blocks: Block[];
}

// Small constructors, so the composing code reads like the document it builds.

/** Plain text run. */
export const t = (text: string): Run => ({ text });
/** Bold run. */
export const b = (text: string): Run => ({ text, bold: true });
/** Muted (secondary) run. */
export const m = (text: string): Run => ({ text, muted: true });

/** A heading block. */
export function heading(level: 1 | 2 | 3, text: string): HeadingBlock {
  return { type: 'heading', level, text };
}

/** A paragraph from runs or plain strings. */
export function paragraph(...runs: Array<Run | string>): ParagraphBlock {
  return { type: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? t(r) : r)) };
}

/** A bullet (or numbered) list. */
export function bullets(items: Array<ListItem | Run[]>, ordered = false): BulletsBlock {
  const list = items.map((i) => (Array.isArray(i) ? { runs: i } : i));
  return ordered ? { type: 'bullets', items: list, ordered } : { type: 'bullets', items: list };
}

/** A table cell from runs or a plain string, optionally shaded. */
export function cell(content: Run[] | string, tone?: Tone): TableCell {
  const runs = typeof content === 'string' ? [t(content)] : content;
  return tone ? { runs, tone } : { runs };
}

/** A row of one cell across all `columns`: a band heading the rows under it. */
export function band(content: Run[], columns: number, tone: Tone = 'grey'): TableCell[] {
  return [{ runs: content, tone, span: columns }];
}

/**
 * A row's cells fitted to `columns`: missing ones added empty, extra ones dropped, spans
 * clamped, so every renderer can rely on the cells covering the columns exactly.
 */
export function fitRow(row: readonly TableCell[], columns: number): Array<TableCell & { span: number }> {
  const out: Array<TableCell & { span: number }> = [];
  let used = 0;
  for (const c of row) {
    if (used >= columns) break;
    const span = Math.max(1, Math.min(Math.floor(c.span ?? 1), columns - used));
    // Built, not spread: every cell of every table of every document comes through here.
    const fitted: TableCell & { span: number } = { runs: c.runs, span };
    if (c.tone !== undefined) fitted.tone = c.tone;
    out.push(fitted);
    used += span;
  }
  while (used < columns) {
    out.push({ runs: [], span: 1 });
    used++;
  }
  return out;
}

/**
 * A table from `[title, width]` columns and rows of cells. A column empty in every row (a
 * mitigation at headline detail) is left out, so no document prints an empty column.
 */
export function table(columns: Array<[string, number]>, rows: TableCell[][]): TableBlock {
  const plain = rows.length > 0 && rows.every((r) => r.length === columns.length && r.every((c) => !c.span));
  const empty = (i: number): boolean =>
    rows.every((r) => (r[i]?.runs ?? []).every((x) => x.text.trim() === ''));
  const keep = columns.map((_, i) => !(plain && columns.length > 1 && empty(i)));
  return {
    type: 'table',
    columns: columns.filter((_, i) => keep[i]).map(([title, width]) => ({ title, width })),
    rows: rows.map((r) => (plain ? r.filter((_, i) => keep[i]) : r)),
  };
}

/** Every string of a block, in reading order: for searching a document in tests and previews. */
export function blockText(block: Block): string[] {
  const runs = (rs: Run[]): string => rs.map((r) => r.text).join('');
  switch (block.type) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return [runs(block.runs)];
    case 'bullets':
      return block.items.map((i) => runs(i.runs));
    case 'table':
      return [...block.columns.map((c) => c.title), ...block.rows.flatMap((r) => r.map((c) => runs(c.runs)))];
    case 'status':
      return [block.label, block.rag, block.trend, block.text];
  }
}

/** "Period 9 Nov – 20 Nov 2026", with "· status as of …" when the day is not the period's last. */
export function periodLine(doc: ReportDoc): string {
  const period = `Period ${formatRange(doc.period.start, doc.period.end)}`;
  return doc.date === doc.period.end ? period : `${period} · status as of ${formatDate(doc.date)}`;
}

/** All the text of a document (title, subtitle and every block), one string per line. */
export function docText(doc: ReportDoc): string {
  return [doc.title, doc.subtitle, doc.programName, ...doc.blocks.flatMap(blockText)].join('\n');
}
