/**
 * Differential testing of two Word renderers: the same document trees rendered both ways, read
 * back by python-docx in one process (and, for the documents asked, laid out by LibreOffice in one
 * run), and every difference a reader could notice named: which document, which element, what.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderDocxOptions } from '../../shared/docx/render.ts';
import type { ReportDoc } from '../../shared/reports/model.ts';
import {
  pageCounts,
  readDocxFiles,
  type CellReading,
  type DocxReading,
  type ElementReading,
  type ParagraphReading,
  type TableReading,
} from './docx-reading.ts';

/** A Word renderer: `renderDocx`'s signature. */
export type Renderer = (doc: ReportDoc, options?: RenderDocxOptions) => Promise<Uint8Array>;

/** A document to render both ways; `pages` also compares the page count in LibreOffice. */
export interface DifferentialDoc {
  name: string;
  doc: ReportDoc;
  options?: RenderDocxOptions;
  pages?: boolean;
}

/** One thing that differs between the two renderings of a document. */
export interface Difference {
  /** The document's name. */
  doc: string;
  /** Where: `body[12] table "Milestone | Owner" row 2 cell 1`, `header[0]`, `styles.Heading1`, `pages`. */
  where: string;
  /** What: a field (`text`, `styleId`, `level`, `span`, …), or `only in A` / `only in B`. */
  what: string;
  a: unknown;
  b: unknown;
}

export interface Comparison {
  differences: Difference[];
  /** What python-docx read of each document, rendered by A and by B. */
  readings: Array<{ name: string; a: DocxReading; b: DocxReading }>;
  /** Page counts of the documents asked (0: LibreOffice could not convert the file). */
  pages: Array<{ name: string; a: number; b: number }>;
}

/** Differences kept per document; a renderer that is wrong everywhere says so in the first few. */
const LIMIT = 25;

/**
 * Renders every document with `a` and with `b` into `dir`, reads all the files with python-docx
 * in one process, counts the pages of those marked `pages` in one LibreOffice run, and returns
 * what differs. A file that does not open is a difference even when both fail.
 */
export async function compareRenderers(
  a: Renderer,
  b: Renderer,
  docs: DifferentialDoc[],
  dir: string,
): Promise<Comparison> {
  const files: Array<{ a: string; b: string }> = [];
  for (const [i, d] of docs.entries()) {
    const stem = join(dir, `${i}-${d.name.replace(/[^\w-]+/g, '-')}`);
    const pair = { a: `${stem}.a.docx`, b: `${stem}.b.docx` };
    writeFileSync(pair.a, await a(d.doc, d.options));
    writeFileSync(pair.b, await b(d.doc, d.options));
    files.push(pair);
  }
  const read = readDocxFiles(files.flatMap((f) => [f.a, f.b]));
  const readings = docs.map((d, i) => ({ name: d.name, a: read[2 * i]!, b: read[2 * i + 1]! }));
  const differences = readings.flatMap((r) => compareReadings(r.name, r.a, r.b));

  const paged = docs.flatMap((d, i) => (d.pages ? [i] : []));
  const counts = pageCounts(paged.flatMap((i) => [files[i]!.a, files[i]!.b]));
  const pages = paged.map((i, k) => ({ name: docs[i]!.name, a: counts[2 * k]!, b: counts[2 * k + 1]! }));
  for (const { name, a: x, b: y } of pages) {
    const what = x === 0 || y === 0 ? 'converts' : x !== y ? 'count' : undefined;
    if (what) differences.push({ doc: name, where: 'pages', what, a: x, b: y });
  }
  return { differences, readings, pages };
}

/** One line per difference, for a failing test's message. */
export function describeDifferences(differences: readonly Difference[]): string {
  return differences
    .map((d) =>
      d.what.startsWith('only in')
        ? `${d.doc}: ${d.where}: ${d.what}: ${String(d.what.endsWith('A') ? d.a : d.b)}`
        : `${d.doc}: ${d.where}: ${d.what}: ${show(d.a)} ≠ ${show(d.b)}`,
    )
    .join('\n');
}

function show(value: unknown): string {
  const text = value === undefined ? 'absent' : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

type Out = (where: string, what: string, a: unknown, b: unknown) => void;

/** What differs between two readings of one document (both from python-docx). */
export function compareReadings(doc: string, a: DocxReading, b: DocxReading): Difference[] {
  const found: Difference[] = [];
  const out: Out = (where, what, x, y) => {
    found.push({ doc, where, what, a: x, b: y });
  };
  if ('error' in a || 'error' in b) {
    out('file', 'opens', 'error' in a ? a.error : 'opens', 'error' in b ? b.error : 'opens');
    return found;
  }
  fields('properties', a.properties, b.properties, [], out);
  fields('page', a.page, b.page, [], out);
  for (const id of new Set([...Object.keys(a.styles), ...Object.keys(b.styles)]))
    if (!same(a.styles[id], b.styles[id])) out(`styles.${id}`, 'definition', a.styles[id], b.styles[id]);
  for (const part of ['header', 'footer'] as const) {
    const [x, y] = [a[part], b[part]];
    if (x.length !== y.length) out(part, 'paragraphs', x.map(summary), y.map(summary));
    else x.forEach((p, i) => compareParagraph(`${part}[${i}]`, p, y[i]!, out));
  }
  aligned(a.body, b.body, elementKey, 'body', compareElement, out);
  return found.length > LIMIT
    ? [
        ...found.slice(0, LIMIT),
        { doc, where: '…', what: 'more differences', a: found.length - LIMIT, b: '' },
      ]
    : found;
}

function same(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}

/** Every field of `x` and `y` but `skip`, compared as values. */
function fields<T extends object>(where: string, x: T, y: T, skip: Array<keyof T>, out: Out): void {
  const keys = new Set([...Object.keys(x), ...Object.keys(y)] as Array<keyof T>);
  for (const k of keys) if (!skip.includes(k) && !same(x[k], y[k])) out(where, String(k), x[k], y[k]);
}

/** A paragraph's fields; its runs only when the text is the same (else they differ anyway). */
function compareParagraph(where: string, x: ParagraphReading, y: ParagraphReading, out: Out): void {
  fields(where, x, y, x.text === y.text ? [] : ['runs'], out);
}

function compareElement(where: string, x: ElementReading, y: ElementReading, out: Out): void {
  if (x.kind === 'p' && y.kind === 'p') compareParagraph(`${where} ${summary(x)}`, x, y, out);
  else if (x.kind === 'table' && y.kind === 'table') compareTable(`${where} ${summary(x)}`, x, y, out);
  else out(where, 'kind', summary(x), summary(y));
}

function compareTable(where: string, x: TableReading, y: TableReading, out: Out): void {
  fields(where, x, y, ['rows'], out);
  aligned(
    x.rows,
    y.rows,
    rowKey,
    `${where} row`,
    (w, r, s) => {
      fields(w, r, s, ['cells'], out);
      aligned(r.cells, s.cells, (c) => c.text, `${w} cell`, compareCell, out);
    },
    out,
  );
}

function compareCell(where: string, x: CellReading, y: CellReading, out: Out): void {
  fields(where, x, y, ['paragraphs'], out);
  if (x.text !== y.text) return;
  if (x.paragraphs.length !== y.paragraphs.length)
    out(where, 'paragraphs', x.paragraphs.length, y.paragraphs.length);
  else x.paragraphs.forEach((p, i) => fields(`${where} paragraph ${i}`, p, y.paragraphs[i]!, ['text'], out));
}

const rowKey = (r: TableReading['rows'][number]): string => r.cells.map((c) => c.text).join('\u0001');

function elementKey(e: ElementReading): string {
  // A table is known by its first row, so a table with a changed cell still pairs with its twin.
  return e.kind === 'p' ? `p\u0001${e.text}` : `table\u0001${e.rows[0] ? rowKey(e.rows[0]) : ''}`;
}

function summary(e: ElementReading | CellReading | TableReading['rows'][number]): string {
  const cut = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);
  if (!('kind' in e)) return 'cells' in e ? cut(e.cells.map((c) => c.text).join(' | ')) : cut(e.text);
  if (e.kind === 'p') return `paragraph ${cut(e.text)}${e.style ? ` (${e.style})` : ''}`;
  return `table ${e.rows[0] ? summary(e.rows[0]) : '(no rows)'}`;
}

/**
 * Pairs the items of `xs` and `ys` by a longest common subsequence of their keys, so one missing
 * paragraph is reported as missing rather than as every later paragraph differing; between
 * pairs, unmatched items are paired in order (changed), and the rest are only in A or only in B.
 */
function aligned<T extends ElementReading | CellReading | TableReading['rows'][number]>(
  xs: readonly T[],
  ys: readonly T[],
  key: (t: T) => string,
  where: string,
  compare: (where: string, x: T, y: T, out: Out) => void,
  out: Out,
): void {
  const kx = xs.map(key);
  const ky = ys.map(key);
  // lcs[i][j]: the longest common subsequence of kx[i..] and ky[j..].
  const lcs = Array.from({ length: kx.length + 1 }, () => new Array<number>(ky.length + 1).fill(0));
  for (let i = kx.length - 1; i >= 0; i--)
    for (let j = ky.length - 1; j >= 0; j--)
      lcs[i]![j] = kx[i] === ky[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const at = (i: number, j: number): string => (i === j ? `${where}[${i}]` : `${where}[${i}→${j}]`);
  let [i, j] = [0, 0];
  const onlyX: number[] = [];
  const onlyY: number[] = [];
  const flush = (): void => {
    const paired = Math.min(onlyX.length, onlyY.length);
    for (let k = 0; k < paired; k++) compare(at(onlyX[k]!, onlyY[k]!), xs[onlyX[k]!]!, ys[onlyY[k]!]!, out);
    for (const x of onlyX.slice(paired)) out(`${where}[${x}]`, 'only in A', summary(xs[x]!), undefined);
    for (const y of onlyY.slice(paired)) out(`${where}[${y}]`, 'only in B', undefined, summary(ys[y]!));
    onlyX.length = 0;
    onlyY.length = 0;
  };
  while (i < kx.length || j < ky.length) {
    if (i < kx.length && j < ky.length && kx[i] === ky[j]) {
      flush();
      compare(at(i, j), xs[i]!, ys[j]!, out);
      i++;
      j++;
    } else if (j >= ky.length || (i < kx.length && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) onlyX.push(i++);
    else onlyY.push(j++);
  }
  flush();
}
