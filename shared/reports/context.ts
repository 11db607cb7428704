/**
 * What every section builder reads: the reader, their language, detail and topics, the record as
 * this reader may see it, and a place to put warnings. Phrasing and privacy rules live here so
 * that no section can get them wrong on its own.
 */
import type { IsoDate } from '../domain/dates.ts';
import { personName } from '../domain/items.ts';
import type { Detail, Language, ProgramFile, Stakeholder, Template } from '../schema/program.ts';
import { m, paragraph, type ParagraphBlock, type Run } from './model.ts';
import { addWarning, type ReportWarning } from './warnings.ts';

export interface Ctx {
  /** The record as this reader may see it (see `visibleRecord`). */
  readonly file: ProgramFile;
  readonly reader: Stakeholder;
  readonly template: Template;
  readonly today: IsoDate;
  readonly language: Language;
  readonly detail: Detail;
  readonly topics: ReadonlySet<string>;
  /** External readers get nothing internal and no budget. */
  readonly external: boolean;
  /** Ids of the items left out of `file` for this reader (internal ones, for an external reader). */
  readonly hiddenIds: ReadonlySet<string>;
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
  const external = reader.external === true;
  const visible = external ? visibleRecord(file) : file;
  return {
    file: visible,
    hiddenIds: external ? hiddenItemIds(file) : new Set<string>(),
    reader,
    template,
    today,
    language: reader.preferences.language,
    detail: reader.preferences.detail,
    topics: new Set(reader.preferences.topics),
    external,
    warnings,
  };
}

/** True for an item flagged `internal` (risks have the field; any other item may carry it too). */
export function isInternal(item: object): boolean {
  return (item as { internal?: unknown }).internal === true;
}

/**
 * The record without anything `internal`, for an external reader. Stakeholders' notes are not
 * removed here because no section ever reads them; the budget is left out by the sections
 * (`ctx.external`), the schema requiring it in the file.
 */
export function visibleRecord(file: ProgramFile): ProgramFile {
  const keep = <T extends object>(items: T[]): T[] => items.filter((i) => !isInternal(i));
  return {
    ...file,
    objectives: keep(file.objectives).map((o) => ({ ...o, keyResults: keep(o.keyResults) })),
    milestones: keep(file.milestones),
    risks: keep(file.risks),
    decisions: keep(file.decisions),
    dependencies: keep(file.dependencies),
    wins: keep(file.wins),
    metrics: keep(file.metrics),
    actions: keep(file.actions),
  };
}

/** The ids `visibleRecord` leaves out. */
export function hiddenItemIds(file: ProgramFile): Set<string> {
  const all = [
    ...file.objectives,
    ...file.objectives.flatMap((o) => o.keyResults),
    ...file.milestones,
    ...file.risks,
    ...file.decisions,
    ...file.dependencies,
    ...file.wins,
    ...file.metrics,
    ...file.actions,
  ];
  const hidden = new Set(all.filter(isInternal).map((i) => i.id));
  // Key results go with an internal objective.
  for (const o of file.objectives) if (isInternal(o)) for (const kr of o.keyResults) hidden.add(kr.id);
  return hidden;
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

/** Whether an item is on one of the reader's topics. */
export function onTopics(ctx: Pick<Ctx, 'topics'>, item: object): boolean {
  const topics = (item as { topics?: unknown }).topics;
  return Array.isArray(topics) && topics.some((topic) => typeof topic === 'string' && ctx.topics.has(topic));
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

/** A person's name for a document, or "someone" when the id is gone from the map. */
export function nameOf(ctx: Ctx, id: string): string {
  // A document never shows an id: a reader would not know whom it names.
  return personName(ctx.file, id, 'someone no longer on the map');
}
