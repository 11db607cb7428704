/**
 * The document tree as a Word document (.docx bytes). No IO: the caller (main) writes the bytes.
 */
import type { ReportDoc } from '../reports/model.ts';
import { renderDocxReference } from './reference.ts';
import type { PageSize } from './styles.ts';

export interface RenderDocxOptions {
  /** styles.xml from a user's .docx or .dotx: its styles replace ours (Title, headings, Normal). */
  styles?: string;
  /** Defaults to A4. */
  pageSize?: PageSize;
}

/**
 * Renders the document as .docx bytes. Every string is sanitized first (U+FFFE, U+FFFF and
 * control characters never reach the XML). A user's styles.xml that is not a styles part is
 * ignored and the built-in look is used instead.
 */
export function renderDocx(doc: ReportDoc, options: RenderDocxOptions = {}): Promise<Uint8Array> {
  return renderDocxReference(doc, options);
}
