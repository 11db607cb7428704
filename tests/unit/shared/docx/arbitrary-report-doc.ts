/**
 * A fast-check arbitrary of raw document trees (`ReportDoc`), beyond what composing a program
 * produces: headings, paragraphs with line breaks, tabs and right-to-left text, nested and
 * numbered lists, tables whose rows have too few or too many cells and spans, status chips, and
 * the characters XML forbids. With the render options (page size, a user's styles).
 */
import fc from 'fast-check';
import type { RenderDocxOptions } from '../../../../shared/docx/render.ts';
import {
  REPORT_DOC_VERSION,
  TONES,
  type Block,
  type ReportDoc,
  type Run,
} from '../../../../shared/reports/model.ts';
import { RAG, TEMPLATES, TRENDS } from '../../../../shared/schema/program.ts';
import { text } from './arbitrary-program.ts';
import { COURIER_TEMPLATE, HOUSE_TEMPLATE } from './user-template.ts';

const rtl = fc.constantFrom('שלום עולם', 'مرحبا بالعالم', 'תקציב Q1', 'Budget: תקציב', 'ميزانية 2027');
const words = fc.constantFrom('Cutover', 'Fee savings', 'PCI DSS 4.0', 'a', ' ', 'Q1 FY27', '$1,260,000');
const breaks = fc.constantFrom('\n', '\t', '\n\n', ' \t ');
/** A line of words, right-to-left text, breaks and tabs, now and then hostile characters. */
const line = fc
  .array(fc.oneof({ weight: 4, arbitrary: words }, rtl, breaks, text), { maxLength: 5 })
  .map((parts) => parts.join(''));

const run: fc.Arbitrary<Run> = fc.record(
  { text: line, bold: fc.boolean(), italic: fc.boolean(), muted: fc.boolean() },
  { requiredKeys: ['text'] },
);
const runs = fc.array(run, { maxLength: 4 });

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('heading' as const), level: fc.constantFrom(1, 2, 3 as const), text: line }),
  fc.record({ type: fc.constant('paragraph' as const), runs }),
  fc.record(
    {
      type: fc.constant('bullets' as const),
      items: fc.array(
        fc.record({ runs, level: fc.constantFrom(0, 1 as const) }, { requiredKeys: ['runs'] }),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
      ordered: fc.boolean(),
    },
    { requiredKeys: ['type', 'items'] },
  ),
  fc.integer({ min: 1, max: 4 }).chain((n) =>
    fc.record({
      type: fc.constant('table' as const),
      columns: fc.array(fc.record({ title: line, width: fc.integer({ min: 1, max: 5 }) }), {
        minLength: n,
        maxLength: n,
      }),
      rows: fc.array(
        fc.array(
          fc.record(
            { runs, tone: fc.constantFrom(...TONES), span: fc.integer({ min: 1, max: 3 }) },
            { requiredKeys: ['runs'] },
          ),
          { maxLength: n + 1 },
        ),
        { maxLength: 4 },
      ),
    }),
  ),
  fc.record({
    type: fc.constant('status' as const),
    rag: fc.constantFrom(...RAG),
    trend: fc.constantFrom(...TRENDS),
    label: line,
    text: line,
  }),
);

/** Any document tree the renderers must lay out. */
export const reportDoc: fc.Arbitrary<ReportDoc> = fc.record(
  {
    version: fc.constant(REPORT_DOC_VERSION),
    title: line,
    subtitle: line,
    programName: fc.oneof(line, rtl),
    period: fc.constant({ start: '2026-11-09', end: '2026-11-20' }),
    template: fc.constantFrom(...TEMPLATES, 'communication-plan' as const),
    reader: fc.record({ id: fc.constant('s0'), name: line }),
    date: fc.constantFrom('2026-11-20', '2026-11-18'),
    fit: fc.constant('one-page' as const),
    blocks: fc.array(block, { maxLength: 12 }),
  },
  {
    requiredKeys: [
      'version',
      'title',
      'subtitle',
      'programName',
      'period',
      'template',
      'reader',
      'date',
      'blocks',
    ],
  },
);

/** Render options: A4 or Letter, our styles, a user's, or a styles part that is not one (ignored). */
export const renderOptions: fc.Arbitrary<RenderDocxOptions> = fc.record(
  {
    pageSize: fc.constantFrom('a4' as const, 'letter' as const),
    styles: fc.constantFrom(
      COURIER_TEMPLATE,
      HOUSE_TEMPLATE,
      '<w:styles><w:style w:styleId="Title">',
      'not xml',
    ),
  },
  { requiredKeys: [] },
);
