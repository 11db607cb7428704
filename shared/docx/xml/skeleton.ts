/**
 * A style set's constant parts as docx writes them: a skeleton document (nothing in its body) is
 * packed with the reference renderer and its parts kept, so they stay exactly what docx writes.
 * This module loads the docx library; parts.ts imports it only for a user's template, and
 * `npm run gen:docx-parts` runs it for our own style sets (builtin-parts.generated.ts).
 */
import { strFromU8, unzipSync } from 'fflate';
import { REPORT_DOC_VERSION, type ReportDoc } from '../../reports/model.ts';
import { renderDocxReference } from '../reference.ts';
import { LEVEL, loadCodec, zipEntry } from './package.ts';
import { VARIABLE_PARTS, type StyleSet, type StyleSetParts, type VariablePart } from './style-set.ts';

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

/** Packs the skeleton of `set` with docx and keeps its constant parts, deflated. */
export async function buildStyleSetParts(set: StyleSet): Promise<StyleSetParts> {
  const bytes = await renderDocxReference(
    skeleton(set.fit),
    set.styles === undefined ? {} : { styles: set.styles },
  );
  const files = unzipSync(bytes);
  await loadCodec();
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
      variable.has(name) ? { name } : { name, constant: zipEntry(name, data, LEVEL.kept) },
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
