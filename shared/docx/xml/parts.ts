/**
 * The parts of a package that are the same for every document of a style set (styles, numbering
 * definitions, theme, settings, font table, footnotes, endnotes, properties, relationships,
 * content types), produced once by docx itself: a skeleton document is packed with the reference
 * renderer and its parts kept, so they stay exactly what docx writes, and deflated once. A small
 * cache holds them, keyed by the style set: our sizes (normal or one-page) and the user's
 * styles.xml, if any.
 */
import { strFromU8, unzipSync } from 'fflate';
import { REPORT_DOC_VERSION, type ReportDoc } from '../../reports/model.ts';
import { renderDocxReference } from '../reference.ts';
import { zipEntry, type ZipEntry } from './package.ts';

/** The parts every document writes for itself. */
export const VARIABLE_PARTS = [
  'word/document.xml',
  'word/header1.xml',
  'word/footer1.xml',
  'word/numbering.xml',
  'docProps/core.xml',
] as const;
export type VariablePart = (typeof VARIABLE_PARTS)[number];

/** A style set's constant parts, and the openings and closings of the parts a document writes. */
export interface StyleSetParts {
  /** Every part's name in docx's order, deflated once when it is constant. */
  readonly entries: ReadonlyArray<{ readonly name: string; readonly constant?: ZipEntry }>;
  /** document.xml up to and including `<w:body>`. */
  readonly documentOpen: string;
  readonly documentClose: string;
  /** header1.xml and footer1.xml around their one paragraph. */
  readonly headerOpen: string;
  readonly headerClose: string;
  readonly footerOpen: string;
  readonly footerClose: string;
  /** numbering.xml's abstract definitions and docx's default list, before the document's own lists. */
  readonly numberingOpen: string;
  readonly numberingClose: string;
}

/** The style set of a document: its type sizes (from `fit`) and the user's styles. */
export interface StyleSet {
  fit: ReportDoc['fit'];
  /** A sanitized styles.xml (see `sanitizeStylesXml`), or undefined for ours. */
  styles: string | undefined;
}

const MAX_STYLE_SETS = 8;
const cache = new Map<string, Promise<StyleSetParts>>();

/** A document with nothing in its body: what docx writes for it around the body is the style set's. */
function skeleton(fit: ReportDoc['fit']): ReportDoc {
  return {
    version: REPORT_DOC_VERSION,
    title: 'Skeleton',
    subtitle: 'Skeleton',
    programName: 'Skeleton',
    period: { start: '2026-01-01', end: '2026-01-01' },
    template: 'status-update',
    reader: { id: 'skeleton', name: 'Skeleton' },
    date: '2026-01-01',
    ...(fit ? { fit } : {}),
    blocks: [],
  };
}

/** `xml` split around the content that starts at the first `open` and ends after the last `close`. */
function around(xml: string, open: string, close: string): [string, string] {
  const start = xml.indexOf(open);
  const end = xml.lastIndexOf(close);
  if (start < 0 || end < 0) throw new Error(`docx wrote a part without ${open}`);
  return [xml.slice(0, start), xml.slice(end + close.length)];
}

async function build(set: StyleSet): Promise<StyleSetParts> {
  const bytes = await renderDocxReference(
    skeleton(set.fit),
    set.styles === undefined ? {} : { styles: set.styles },
  );
  const files = unzipSync(bytes);
  const text = (name: VariablePart): string => {
    const file = files[name];
    if (!file) throw new Error(`docx wrote no ${name}`);
    return strFromU8(file);
  };
  const variable = new Set<string>(VARIABLE_PARTS);
  const document = text('word/document.xml');
  const body = document.indexOf('<w:body>') + '<w:body>'.length;
  const [headerOpen, headerClose] = around(text('word/header1.xml'), '<w:p>', '</w:p>');
  const [footerOpen, footerClose] = around(text('word/footer1.xml'), '<w:p>', '</w:p>');
  const numbering = text('word/numbering.xml');
  const numberingEnd = numbering.lastIndexOf('</w:numbering>');
  return {
    entries: Object.entries(files).map(([name, data]) =>
      variable.has(name) ? { name } : { name, constant: zipEntry(name, data) },
    ),
    documentOpen: document.slice(0, body),
    documentClose: document.slice(document.lastIndexOf('</w:body>')),
    headerOpen,
    headerClose,
    footerOpen,
    footerClose,
    numberingOpen: numbering.slice(0, numberingEnd),
    numberingClose: numbering.slice(numberingEnd),
  };
}

/** The constant parts of a style set, built on first use and kept (the last few style sets). */
export function styleSetParts(set: StyleSet): Promise<StyleSetParts> {
  const key = `${set.fit ?? 'normal'}\u0000${set.styles ?? ''}`;
  const hit = cache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the first to go.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const parts = build(set);
  cache.set(key, parts);
  parts.catch(() => {
    if (cache.get(key) === parts) cache.delete(key);
  });
  if (cache.size > MAX_STYLE_SETS) cache.delete(cache.keys().next().value ?? key);
  return parts;
}
