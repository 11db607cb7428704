/**
 * Runs (`w:r`) as WordprocessingML, written the way docx writes a `TextRun`: run properties in
 * the order CT_RPr gives them (b, bCs, i, iCs, color, sz, szCs, rtl), then a break, then the
 * text pieces with `xml:space="preserve"` and real tabs.
 */
import type { Run } from '../../reports/model.ts';
import { isRightToLeft } from './layout.ts';
import { COLORS, type Sizes } from '../styles.ts';
import { escapeXml } from './escape.ts';

/** How a run looks; every field left out is inherited from the paragraph's style. */
export interface RunLook {
  bold?: boolean;
  italic?: boolean;
  /** Hex colour without '#'. */
  color?: string;
  /** Half-points. */
  size?: number;
  rightToLeft?: boolean;
}

/** Where a run sits: body text, or a table cell (whose secondary text is a size smaller). */
export type Where = 'body' | 'cell';

/** The `w:rPr` of a look, or nothing when the look sets nothing (docx leaves an empty one out). */
export function runProperties(look: RunLook): string {
  let xml = '';
  if (look.bold) xml += '<w:b/><w:bCs/>';
  if (look.italic) xml += '<w:i/><w:iCs/>';
  if (look.color) xml += `<w:color w:val="${look.color}"/>`;
  if (look.size) xml += `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>`;
  if (look.rightToLeft) xml += '<w:rtl/>';
  return xml ? `<w:rPr>${xml}</w:rPr>` : '';
}

/** A `w:t` holding `text` (which may be empty). */
export const textXml = (text: string): string => `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;

/** A run from already-written content; `<w:r/>` when there is nothing in it. */
export function runXml(look: RunLook, content: string, lineBreak = false): string {
  const inner = runProperties(look) + (lineBreak ? '<w:br/>' : '') + content;
  return inner ? `<w:r>${inner}</w:r>` : '<w:r/>';
}

/** One run of `text` as it is (docx's `new TextRun({ text })`: the `w:t` is there even when empty). */
export function textRun(text: string, look: RunLook = {}): string {
  return runXml(look, textXml(text));
}

/** A run holding only a tab, to jump to a tab stop. */
export const TAB_RUN = '<w:r><w:tab/></w:r>';

/** A plain run of `text`, marked right-to-left when it is in a right-to-left script. */
export function plainRun(text: string): string {
  return textRun(text, isRightToLeft(text) ? { rightToLeft: true } : {});
}

/**
 * The runs of one model run: a break before each line after the first, tabs as real tabs, the
 * look of `run` with `overrides` on top (as `textRuns` in blocks.ts).
 */
export function textRuns(
  run: Run,
  where: Where,
  sizes: Sizes,
  overrides: { color?: string; size?: number } = {},
): string {
  // Set field by field, not spread: this runs for every run of every document.
  const base: RunLook = {};
  if (run.bold) base.bold = true;
  if (run.italic) base.italic = true;
  if (run.muted) {
    base.color = COLORS.muted;
    base.size = where === 'cell' ? sizes.cellMuted : sizes.muted;
  }
  if (overrides.color !== undefined) base.color = overrides.color;
  if (overrides.size !== undefined) base.size = overrides.size;
  const text = run.text;
  // Most runs are one line without tabs: one run, no splitting.
  if (!text.includes('\n') && !text.includes('\t')) {
    const look = isRightToLeft(text) ? { ...base, rightToLeft: true } : base;
    return runXml(look, text ? textXml(text) : '');
  }
  // Strings are sanitized already, so a plain split gives the lines `splitLines` would.
  const lines = text.split('\n');
  let xml = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    let content = '';
    const parts = line.split('\t');
    for (let j = 0; j < parts.length; j++) {
      if (j > 0) content += '<w:tab/>';
      const part = parts[j] ?? '';
      if (part) content += textXml(part);
    }
    const look = isRightToLeft(line) ? { ...base, rightToLeft: true } : base;
    xml += runXml(look, content, i > 0);
  }
  return xml;
}

/** The runs of a paragraph's model runs, joined. */
export function runsXml(
  runs: readonly Run[],
  where: Where,
  sizes: Sizes,
  overrides?: { color?: string; size?: number },
): string {
  let xml = '';
  for (const r of runs) xml += textRuns(r, where, sizes, overrides);
  return xml;
}
