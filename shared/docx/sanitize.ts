/**
 * The document tree and a user's styles made safe for docx: every string through
 * `sanitizeText` (shared/render/text.ts) before it reaches the XML.
 */
import type { Block, ReportDoc, Run, TableCell } from '../reports/model.ts';
import { sanitizeLine, sanitizeText } from '../render/text.ts';

/**
 * `xs` with `clean` applied to each, or `xs` itself when nothing changed: most text needs no
 * cleaning, and copying every run of every document was a tenth of writing one. Nothing here or
 * after changes the tree, so sharing the unchanged parts with the input is safe.
 */
function each<T>(xs: T[], clean: (x: T) => T): T[] {
  let out: T[] | null = null;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as T;
    const y = clean(x);
    if (y !== x) (out ??= xs.slice(0, i)).push(y);
    else out?.push(x);
  }
  return out ?? xs;
}

const runs = (rs: Run[]): Run[] =>
  each(rs, (r) => {
    const text = sanitizeText(r.text);
    return text === r.text ? r : { ...r, text };
  });
const cells = (cs: TableCell[]): TableCell[] =>
  each(cs, (c) => {
    const clean = runs(c.runs);
    return clean === c.runs ? c : { ...c, runs: clean };
  });

function block(b: Block): Block {
  switch (b.type) {
    case 'heading':
      return { ...b, text: sanitizeLine(b.text) };
    case 'paragraph':
      return { ...b, runs: runs(b.runs) };
    case 'bullets':
      return { ...b, items: b.items.map((i) => ({ ...i, runs: runs(i.runs) })) };
    case 'table':
      return {
        ...b,
        columns: b.columns.map((c) => ({ ...c, title: sanitizeLine(c.title) })),
        rows: b.rows.map(cells),
      };
    case 'status':
      return { ...b, label: sanitizeLine(b.label), text: sanitizeText(b.text) };
  }
}

/** The document with every string sanitized: the input is not changed, and shares with it what needed no cleaning. */
export function sanitizeDoc(doc: ReportDoc): ReportDoc {
  return {
    ...doc,
    title: sanitizeLine(doc.title),
    subtitle: sanitizeLine(doc.subtitle),
    programName: sanitizeLine(doc.programName),
    reader: { id: sanitizeLine(doc.reader.id), name: sanitizeLine(doc.reader.name) },
    blocks: doc.blocks.map(block),
  };
}

/**
 * A user's styles.xml made safe to embed: forbidden characters removed. Returns undefined when
 * the text is not a WordprocessingML styles part (then the built-in styles are used).
 */
export function sanitizeStylesXml(xml: string | undefined): string | undefined {
  if (xml === undefined) return undefined;
  const clean = sanitizeText(xml);
  return /<w:styles[\s>]/.test(clean) ? clean : undefined;
}
