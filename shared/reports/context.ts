/**
 * What every section builder reads: the reader, their language, detail and topics, the record as
 * this reader may see it, and a place to put warnings. Phrasing and privacy rules live here so
 * that no section can get them wrong on its own.
 */
import type { IsoDate } from '../domain/dates.ts';
import type { Detail, Language, ProgramFile, Stakeholder, Template } from '../schema/program.ts';
import { m, paragraph, type ParagraphBlock, type Run } from './model.ts';
import { addWarning, type ReportWarning } from './warnings.ts';
import { onTopics, viewFor, type ReaderView } from '../view/reader.ts';

// The reader's view (privacy, topics, names) lives in shared/view; the sections read it from here.
export { nameOf, onTopics } from '../view/reader.ts';

/** A document's reader: their view of the record, plus what the document is and where to warn. */
export interface Ctx extends ReaderView {
  readonly template: Template;
  readonly language: Language;
  readonly detail: Detail;
  readonly warnings: ReportWarning[];
}

/** Builds the context for one reader; the record is narrowed to what the reader may see. */
export function makeCtx(
  file: ProgramFile,
  reader: Stakeholder,
  template: Template,
  today: IsoDate,
  warnings: ReportWarning[],
): Ctx {
  return {
    ...viewFor(file, reader, today),
    template,
    language: reader.preferences.language,
    detail: reader.preferences.detail,
    warnings,
  };
}

/** What choosing a phrasing needs: the language, and where to warn about a fallback. */
export type PhraseCtx = Pick<Ctx, 'language' | 'warnings'> & { reader: { name: string } };

interface Phrased {
  id: string;
  technical: string;
  business: string;
}

/**
 * The item's text in the reader's language. A business reader never gets the technical text
 * when a business one exists; when it is missing they get the technical text and the app gets a
 * `technical-fallback` warning naming the item. A technical reader missing technical text gets
 * the business text (no warning: nothing is lost in translation that way).
 */
export function phrase(ctx: PhraseCtx, item: Phrased, what = 'text'): string {
  const business = item.business.trim();
  const technical = item.technical.trim();
  if (ctx.language === 'technical') return technical || business;
  if (business) return business;
  if (technical) {
    addWarning(ctx.warnings, {
      kind: 'technical-fallback',
      itemId: item.id,
      message: `"${item.id}" has no business ${what}; ${ctx.reader.name} gets the technical one.`,
    });
  }
  return technical;
}

/** The first sentence of a text (the whole text when it is one sentence). */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const match = /^(.+?[.!?])\s+(?=[A-Z0-9"“‘(])/su.exec(trimmed);
  return match?.[1] ?? trimmed;
}

/**
 * Descriptive text, by the reader's detail: none for `headline`, one sentence for `summary`, all
 * of it for `full`.
 */
export function prose(ctx: Ctx, text: string): string {
  if (ctx.detail === 'headline') return '';
  return ctx.detail === 'summary' ? firstSentence(text) : text.trim();
}

/**
 * Text the template names (a risk's impact and mitigation in a brief): one sentence unless the
 * reader wants full detail.
 */
export function essential(ctx: Ctx, text: string): string {
  return ctx.detail === 'full' ? text.trim() : firstSentence(text);
}

/** " · your topic" after an item's title when it is on the reader's topics (the order stays). */
export function topicMark(ctx: Pick<Ctx, 'topics'>, item: object): Run[] {
  return onTopics(ctx, item) ? [m(' · your topic')] : [];
}

/** What a section kept within its budget, and what it left out (both in the section's order). */
export interface Budgeted<T> {
  kept: T[];
  left: T[];
}

/**
 * The items that fit a section's budget, still in the section's order (never reshuffled). When
 * they do not all fit, the space goes first to urgent items on the reader's topics, then other
 * urgent ones (at risk, high scores), then the reader's other topics, then the rest, each group
 * in order.
 */
export function withinBudget<T extends object>(
  ctx: Pick<Ctx, 'topics'>,
  items: readonly T[],
  budget: number,
  urgent: (item: T) => boolean = () => false,
): Budgeted<T> {
  if (items.length <= budget) return { kept: [...items], left: [] };
  const rank = (i: T): number => (urgent(i) ? 0 : 2) + (onTopics(ctx, i) ? 0 : 1);
  const chosen = new Set(
    items
      .map((item, i) => ({ item, i }))
      .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
      .slice(0, Math.max(0, budget))
      .map((x) => x.item),
  );
  return { kept: items.filter((i) => chosen.has(i)), left: items.filter((i) => !chosen.has(i)) };
}

/**
 * The one line that counts what a section left out and says where the rest is:
 * "2 more critical-path milestones, the next on 10 Mar 2027; all are in the program record."
 */
export function countedLine(count: number, what: [string, string], next?: string): ParagraphBlock {
  const noun = count === 1 ? what[0] : what[1];
  return paragraph(m(`${count} more ${noun}${next ? `, ${next}` : ''}; all are in the program record.`));
}
