/**
 * One document composed and rendered to bytes, with no IO: what a batch's worker threads run, and
 * what documents.ts writes and records.
 */
import type { IsoDate } from '../../shared/domain/dates.ts';
import { renderDocx } from '../../shared/docx/render.ts';
import { composeChecklist } from '../../shared/reports/checklist.ts';
import { composeReport, type ComposedReport } from '../../shared/reports/compose.ts';
import type { ReportDoc } from '../../shared/reports/model.ts';
import type { ProgramFile, StakeholderTemplate, Template } from '../../shared/schema/program.ts';
import { AppError } from './errors.ts';

export type DocumentRequest =
  | { kind: 'report'; stakeholderId: string; template?: StakeholderTemplate }
  | { kind: 'checklist'; meetingId: string };

export interface WriteOptions {
  today: IsoDate;
  outDir: string;
  /** styles.xml of the user's own Word template, if they chose one. */
  styles?: string;
  /** Also write an email draft (.eml) beside each document. */
  email?: boolean;
  now?: () => Date;
}

/** Composes one document; throws an AppError naming the missing reader or meeting. */
export function compose(file: ProgramFile, request: DocumentRequest, today: IsoDate): ComposedReport {
  if (request.kind === 'report') {
    if (!file.stakeholders.some((s) => s.id === request.stakeholderId))
      throw new AppError('not-found', `No stakeholder with id "${request.stakeholderId}" in this program.`);
    return composeReport(file, request.stakeholderId, {
      today,
      ...(request.template ? { template: request.template } : {}),
    });
  }
  if (!file.meetings.some((m) => m.id === request.meetingId))
    throw new AppError('not-found', `No meeting with id "${request.meetingId}" in this program.`);
  return composeChecklist(file, request.meetingId, { today });
}

/**
 * One document composed and rendered to bytes, not yet written: what a batch's workers make. It
 * carries what writing and recording need, not the document tree (a worker would copy it to the
 * writing thread for nothing), unless an email draft is to be made from it.
 */
export interface RenderedDocument {
  bytes: Uint8Array;
  reader: ReportDoc['reader'];
  template: Template;
  warnings: ComposedReport['warnings'];
  snapshot: ComposedReport['snapshot'];
  /** The document tree, for the email draft (only when one is asked for). */
  doc?: ReportDoc<Template>;
}

/** Composes and renders one document (no IO): the part of writing that a worker thread can do. */
export async function renderDocument(
  file: ProgramFile,
  request: DocumentRequest,
  options: Pick<WriteOptions, 'today' | 'styles' | 'email'>,
): Promise<RenderedDocument> {
  const { doc, snapshot, warnings } = compose(file, request, options.today);
  const bytes = await renderDocx(doc, options.styles ? { styles: options.styles } : {});
  return {
    bytes,
    reader: doc.reader,
    template: doc.template,
    warnings,
    snapshot,
    ...(options.email ? { doc } : {}),
  };
}
