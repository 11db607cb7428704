/**
 * Writing the communication plan: the Word document, the matrix as CSV and the .ics calendar,
 * composed in shared/plan and written here, the only place that touches the disk. A file is
 * never replaced unless the caller says so (`force`); into a folder, a taken name gets " (2)".
 * The app and the command line both write through here.
 */
import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { IsoDate } from '../../shared/domain/dates.ts';
import { renderDocx } from '../../shared/docx/render.ts';
import { planToCsv } from '../../shared/plan/csv.ts';
import { composePlanDoc } from '../../shared/plan/document.ts';
import { planFileName, type PlanFormat } from '../../shared/plan/file-name.ts';
import { planToIcs } from '../../shared/plan/ics.ts';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { describeWriteError, writeUnique } from './documents.ts';
import { writeFileDurably, writeNewFileDurably } from './durable-write.ts';
import { AppError, sysCode } from './errors.ts';

export interface PlanOptions {
  today: IsoDate;
  weeks: number;
  /** styles.xml of the user's Word template, for the .docx. */
  styles?: string;
  /** The .ics DTSTAMP; defaults to now. */
  now?: Date;
}

export interface WrittenPlanFile {
  format: PlanFormat;
  path: string;
}

/** The bytes (or text) of the plan in one format. */
export async function planContent(
  file: ProgramFile,
  format: PlanFormat,
  options: PlanOptions,
): Promise<Uint8Array | string> {
  switch (format) {
    case 'docx':
      return renderDocx(
        composePlanDoc(file, options.today, options.weeks),
        options.styles ? { styles: options.styles } : {},
      );
    case 'csv':
      return planToCsv(file, options.today);
    case 'ics':
      return planToIcs(file, options.today, options.weeks, options.now);
  }
}

/** Fails with one line naming the path when it exists and may not be replaced. */
export async function refuseExisting(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    const found = await stat(path).then(
      (info) => info,
      () => null,
    );
    if (found?.isDirectory()) throw new AppError('bad-request', `${path} is a folder, not a file name.`);
    if (found) throw new AppError('exists', `${path} already exists; add --force to replace it.`);
  }
}

/** Writes the plan in `format` to exactly `path`; replaces an existing file only when `force`. */
export async function writePlanFile(
  file: ProgramFile,
  format: PlanFormat,
  path: string,
  options: PlanOptions & { force: boolean },
): Promise<WrittenPlanFile> {
  const target = resolve(path);
  const content = await planContent(file, format, options);
  try {
    if (options.force) await writeFileDurably(target, content);
    else await writeNewFileDurably(target, content);
  } catch (error) {
    if (sysCode(error) === 'EEXIST')
      throw new AppError('exists', `${target} already exists; add --force to replace it.`);
    if (sysCode(error) === 'ENOENT' || sysCode(error) === 'ENOTDIR')
      throw new AppError('write-failed', `Could not write ${target}: its folder does not exist.`);
    throw describeWriteError(target, error);
  }
  return { format, path: target };
}

/** Writes the plan in each format into `outDir` under its plan file name, never over a file. */
export async function writePlanToFolder(
  file: ProgramFile,
  formats: readonly PlanFormat[],
  outDir: string,
  options: PlanOptions,
): Promise<WrittenPlanFile[]> {
  const folder = resolve(outDir);
  const written: WrittenPlanFile[] = [];
  for (const format of formats) {
    const content = await planContent(file, format, options);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    try {
      await mkdir(folder, { recursive: true });
      const placed = await writeUnique(
        folder,
        planFileName(file.program.name, options.today, options.weeks, format),
        bytes,
      );
      written.push({ format, path: placed.path });
    } catch (error) {
      throw describeWriteError(folder, error);
    }
  }
  return written;
}
