/**
 * Layout rules both Word writers follow (the direct one here, the reference in ../blocks.ts): a
 * paragraph's direction from its text, and table column widths. Kept apart from docx, so the
 * direct writer never loads it.
 */

// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms. All in the BMP, so no `u`
// flag: its code point matching is slower, and a surrogate half matches neither class anyway.
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** Whether `text` has a letter of a right-to-left script (its runs are then marked w:rtl). */
export function isRightToLeft(text: string): boolean {
  return RTL.test(text);
}

/**
 * A paragraph's direction from its text: right-to-left (w:bidi) when its first strong letter is
 * in a right-to-left script, so Word and LibreOffice lay a Hebrew or Arabic title out in order.
 */
export function direction(text: string): { bidirectional?: true } {
  const rtl = RTL.exec(text);
  if (!rtl) return {};
  const ltr = LTR.exec(text);
  return !ltr || rtl.index < ltr.index ? { bidirectional: true } : {};
}

/** Scales relative weights to whole twips that add up to `total`. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  const widths = safe.map((w) => Math.floor((total * w) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
