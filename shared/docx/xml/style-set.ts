/**
 * What a style set is made of (its constant parts, and the openings and closings of the parts a
 * document writes), apart from parts.ts so that skeleton.ts, which makes the generated module,
 * never needs that module.
 */
import type { ReportDoc } from '../../reports/model.ts';
import type { ZipEntry } from './package.ts';

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

/**
 * A style set as builtin-parts.generated.ts holds it: each constant part's text (for review), size,
 * checksum and deflated bytes (base64), and the openings and closings of the parts a document writes.
 */
export interface BuiltinStyleSet extends Omit<StyleSetParts, 'entries'> {
  readonly entries: ReadonlyArray<{
    readonly name: string;
    readonly constant?: {
      readonly text: string;
      readonly size: number;
      readonly crc: number;
      readonly deflated: string;
    };
  }>;
}

/** The style set of a document: its type sizes (from `fit`) and the user's styles. */
export interface StyleSet {
  fit: ReportDoc['fit'];
  /** A sanitized styles.xml (see `sanitizeStylesXml`), or undefined for ours. */
  styles: string | undefined;
}
