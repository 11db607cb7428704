/**
 * One document composed and rendered to bytes, with no IO: what a batch's worker threads run, and
 * what documents.ts writes and records.
 */
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import type { IsoDate } from '../../shared/domain/dates.ts';
import { renderDocx } from '../../shared/docx/render.ts';
import { crc32, provideCodec, type PartCodec } from '../../shared/docx/xml/package.ts';
import { composeChecklist } from '../../shared/reports/checklist.ts';
import { composeReport, type ComposedReport } from '../../shared/reports/compose.ts';
import type { ReportDoc } from '../../shared/reports/model.ts';
import type { ProgramFile, StakeholderTemplate, Template } from '../../shared/schema/program.ts';
import { AppError } from './errors.ts';

/**
 * Node's zlib, the deflate and checksum of every process that writes documents (the app's main
 * process, the command line, the batch workers): native code, so a one-document command pays
 * neither fflate's tables nor its first, interpreted run (about 35 ms of a cold report), and a
 * warm document is checksummed ~20x faster than in JavaScript. Loaded when the first document is
 * zipped (the bundle's vm.Script has no loader for a dynamic import()).
 */
export function nativeCodec(): PartCodec {
  const zlib = createRequire(import.meta.url)('node:zlib') as typeof Zlib;
  return {
    deflate: (data, level) => zlib.deflateRawSync(data, { level }),
    // zlib.crc32 came in Node 20.15 and 22.2; an older Node checksums in JavaScript.
    crc32: typeof zlib.crc32 === 'function' ? (data) => zlib.crc32(data) : crc32,
  };
}
provideCodec(nativeCodec);

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
