/**
 * The record to a document tree, tailored to one reader (product.md, "Tailoring: what each reader
 * gets"). Every tailoring decision is made here and in the section modules; renderers only lay
 * the tree out.
 */
import type { IsoDate } from '../domain/dates.ts';
import type { ProgramFile, Stakeholder, StakeholderTemplate, Template } from '../schema/program.ts';
import { makeCtx, type Ctx } from './context.ts';
import { REPORT_DOC_VERSION, type Block, type ReportDoc } from './model.ts';
import { asksFirst } from './sections/asks-first.ts';
import { sinceLastUpdate, statusChip } from './sections/status.ts';
import { takeSnapshot, type ReportSnapshot } from '../view/snapshot.ts';
import { executiveBrief } from './templates/executive-brief.ts';
import { partnerUpdate } from './templates/partner-update.ts';
import type { TemplateSpec } from './templates/spec.ts';
import { statusUpdate } from './templates/status-update.ts';
import { technicalUpdate } from './templates/technical-update.ts';
import { honestStatusWarnings, type ReportWarning } from './warnings.ts';

export interface ComposedReport {
  doc: ReportDoc<Template>;
  /** What the document showed, to store in the history as `reports[].snapshot`. */
  snapshot: ReportSnapshot;
  /** For the app, never in the document: technical fallbacks and honest-status findings. */
  warnings: ReportWarning[];
}

export interface ComposeOptions {
  /** Defaults to the reader's `preferences.template`. */
  template?: StakeholderTemplate;
  today: IsoDate;
}

export const TEMPLATE_SPECS: Record<StakeholderTemplate, TemplateSpec> = {
  'executive-brief': executiveBrief,
  'status-update': statusUpdate,
  'technical-update': technicalUpdate,
  'partner-update': partnerUpdate,
};

/** The human title of each of the five document kinds. */
export const TEMPLATE_TITLES: Record<Template, string> = {
  'executive-brief': executiveBrief.title,
  'status-update': statusUpdate.title,
  'technical-update': technicalUpdate.title,
  'partner-update': partnerUpdate.title,
  'meeting-checklist': 'Meeting checklist',
};

/** The stakeholder with this id; throws a message fit for the user when there is none. */
export function findStakeholder(file: ProgramFile, id: string): Stakeholder {
  const found = file.stakeholders.find((s) => s.id === id);
  if (!found) throw new Error(`No stakeholder with id "${id}" in this program.`);
  return found;
}

/** "Dana Whitfield, Chief Financial Officer". */
export function personLine(s: Stakeholder): string {
  return s.title.trim() ? `${s.name}, ${s.title.trim()}` : s.name;
}

/** The document skeleton every kind shares. */
export function makeDoc(
  file: ProgramFile,
  template: Template,
  reader: { id: string; name: string },
  subtitle: string,
  today: IsoDate,
  blocks: Block[],
): ReportDoc<Template> {
  const { program } = file;
  return {
    version: REPORT_DOC_VERSION,
    title: TEMPLATE_TITLES[template],
    subtitle,
    programName: program.name,
    period: { start: program.period.start, end: program.period.end },
    template,
    reader,
    date: today,
    blocks,
  };
}

/**
 * Composes the document for one reader. Opens with the overall status in the reader's language,
 * then what they are asked for and owed ("Needed from you", "We owe you"), then "Since your last
 * update" when the history has a report to them, then the template's sections. Warnings include the honest-status checks and every technical fallback used.
 */
export function composeReport(file: ProgramFile, readerId: string, opts: ComposeOptions): ComposedReport {
  const reader = findStakeholder(file, readerId);
  const template = opts.template ?? reader.preferences.template;
  const spec = TEMPLATE_SPECS[template];
  const warnings = honestStatusWarnings(file, opts.today);
  const ctx: Ctx = makeCtx(file, reader, template, opts.today, warnings);
  const blocks: Block[] = [
    statusChip(ctx),
    ...asksFirst(ctx, spec.asksBudget),
    ...sinceLastUpdate(ctx, (c) => spec.relevant(ctx, c), spec.sinceCap, spec.onePage === true),
    ...spec.sections(ctx),
  ];
  const doc = makeDoc(
    file,
    template,
    { id: reader.id, name: reader.name },
    `For ${personLine(reader)}`,
    opts.today,
    blocks,
  );
  if (spec.onePage) doc.fit = 'one-page';
  return { doc, snapshot: takeSnapshot(ctx.file, { budget: !ctx.external }), warnings };
}
