/**
 * Reading Word documents with the tools a reader's machine would use: python-docx (Debian's, at
 * /usr/bin/python3, running tests/helpers/read-docx.py) and LibreOffice (converting to PDF, pages
 * counted with pdfinfo). One process of each for a whole set of files, so the suite stays fast.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const SCRIPT = resolve(import.meta.dirname, 'read-docx.py');

/** A run of text with one look, as written on the run (adjacent runs with the same look merged). */
export interface RunReading {
  text: string;
  bold?: boolean;
  italic?: boolean;
  rtl?: boolean;
  /** w:color, e.g. "6B6B6B". */
  color?: string;
  /** w:sz, in half-points. */
  size?: string;
}

export interface ParagraphReading {
  kind: 'p';
  /** The text with tabs as `\t` and line breaks as `\n`, fields with their shown value. */
  text: string;
  /** w:pStyle, null when the paragraph has none (then `style` is the default style's name). */
  styleId: string | null;
  /** The style's name as Word lists it ("Heading 1"). */
  style: string | null;
  runs: RunReading[];
  /** Right-to-left paragraph (w:bidi). */
  bidi?: true;
  /** Direct w:spacing attributes (before, after, line, lineRule). */
  spacing?: Record<string, string>;
  /** List level (w:ilvl), when the paragraph is a list item. */
  level?: number;
  /** The label Word shows before a list item: "•", "1.", counted through the numbering part. */
  label?: string;
  /** Field instructions (PAGE, NUMPAGES), read in headers and footers only. */
  fields?: string[];
}

export interface CellReading {
  text: string;
  /** w:gridSpan: how many grid columns the cell covers. */
  span: number;
  /** The shading fill, e.g. "F0A500", or null. */
  fill: string | null;
  paragraphs: ParagraphReading[];
}

export interface TableReading {
  kind: 'table';
  style: string | null;
  /** Column widths of the grid, in twips. */
  grid: number[];
  /** `header`: the row repeats at the top of each page (w:tblHeader). */
  rows: Array<{ header: boolean; cells: CellReading[] }>;
}

export type ElementReading = ParagraphReading | TableReading;

/** A style's name and look, as styles.xml defines it. */
export type StyleReading = Partial<Record<'name' | 'type' | 'basedOn' | 'font' | 'size' | 'color', string>> &
  Partial<Record<'bold' | 'italic' | 'keepNext', boolean>> &
  Partial<Record<'before' | 'after', string>>;

/** One document as python-docx reads it. */
export interface DocxContent {
  file: string;
  properties: { title: string; subject: string; creator: string; description: string };
  /** Size and margins (top, right, bottom, left, header, footer) in EMU. */
  page: { width: number; height: number; margins: number[] };
  styles: Record<string, StyleReading>;
  header: ParagraphReading[];
  footer: ParagraphReading[];
  /** The body's paragraphs and tables, in order. */
  body: ElementReading[];
}

/** What python-docx made of one file: its content, or why it could not open it. */
export type DocxReading = DocxContent | { file: string; error: string };

/** Every file read by python-docx in one process, in the order given. */
export function readDocxFiles(paths: string[]): DocxReading[] {
  if (paths.length === 0) return [];
  const run = spawnSync('/usr/bin/python3', [SCRIPT, ...paths], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`python-docx could not run: ${run.stderr || String(run.error)}`);
  return JSON.parse(run.stdout) as DocxReading[];
}

/** The content of a reading, or an error naming the file python-docx could not open. */
export function content(reading: DocxReading): DocxContent {
  if ('error' in reading) throw new Error(`python-docx could not open ${reading.file}: ${reading.error}`);
  return reading;
}

/** Pages of a PDF, from pdfinfo (0 when it is not a PDF). */
export function pdfPages(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0);
}

/**
 * Pages of each file once LibreOffice lays it out, in the order given: one LibreOffice process
 * with its own profile (so parallel runs do not collide); 0 for a file it could not convert.
 * `pdfDir` keeps the PDFs there (to look at; of two files with one name, the later one's PDF);
 * otherwise they are removed.
 */
export function pageCounts(paths: string[], options: { pdfDir?: string } = {}): number[] {
  const pdfName = (p: string): string => basename(p).replace(/\.[^.]*$/, '') + '.pdf';
  // LibreOffice writes every PDF into one folder, named after its file: files that share a name
  // (in different folders) go in separate runs, or one PDF would overwrite another.
  const rounds: number[][] = [];
  paths.forEach((p, i) => {
    const free = rounds.find((r) => r.every((j) => pdfName(paths[j]!) !== pdfName(p)));
    if (free) free.push(i);
    else rounds.push([i]);
  });
  const pages = paths.map(() => 0);
  for (const round of rounds) {
    const work = mkdtempSync(join(tmpdir(), 'liaison-pages-'));
    const out = options.pdfDir ?? work;
    try {
      // LibreOffice exits 0 even when it cannot load a file: the PDF's existence is the check.
      spawnSync(
        'libreoffice',
        [
          '--headless',
          `-env:UserInstallation=file://${join(work, 'profile')}`,
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          ...round.map((i) => paths[i]!),
        ],
        { encoding: 'utf8', timeout: 300_000 },
      );
      for (const i of round) {
        const pdf = join(out, pdfName(paths[i]!));
        pages[i] = existsSync(pdf) ? pdfPages(pdf) : 0;
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return pages;
}
