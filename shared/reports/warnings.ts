/**
 * Warnings shown in the app (never in a document): a business reader getting technical text, and
 * the "honest status" checks of product.md, run before any document is written.
 */
import type { IsoDate } from '../domain/dates.ts';
import type { ProgramFile } from '../schema/program.ts';

export const WARNING_KINDS = [
  /** A business reader got an item's technical text because its business phrasing is empty. */
  'technical-fallback',
  /** The program is red or amber and has no business sentence saying why. */
  'status-without-business',
  /** The program is green while a critical-path milestone is at risk or late. */
  'green-with-troubled-milestone',
] as const;
export type ReportWarningKind = (typeof WARNING_KINDS)[number];

export interface ReportWarning {
  kind: ReportWarningKind;
  /** The item the warning is about (the program's id for the program's own fields). */
  itemId: string;
  message: string;
}

/**
 * The honest-status checks: a red or amber program without a business sentence, and a green
 * program with an at-risk or late milestone on the critical path (one warning per milestone). A
 * milestone still open after the latest date of its window counts as late, whatever its status says.
 */
export function honestStatusWarnings(file: ProgramFile, today: IsoDate): ReportWarning[] {
  const { program } = file;
  const warnings: ReportWarning[] = [];
  if (program.status.rag !== 'green' && program.status.business.trim() === '') {
    warnings.push({
      kind: 'status-without-business',
      itemId: program.id,
      message: `The program is ${program.status.rag} but has no business sentence saying why.`,
    });
  }
  if (program.status.rag === 'green') {
    for (const m of file.milestones) {
      if (!m.criticalPath || m.status === 'done') continue;
      const overdue = m.window.latest < today;
      if (m.status === 'at-risk' || m.status === 'late' || overdue) {
        const state =
          m.status === 'at-risk' || m.status === 'late'
            ? m.status
            : `past its latest date (${m.window.latest})`;
        warnings.push({
          kind: 'green-with-troubled-milestone',
          itemId: m.id,
          message: `The program is green, but critical-path milestone "${m.title}" is ${state}.`,
        });
      }
    }
  }
  return warnings;
}

/** Adds a warning unless the same kind for the same item is already there. */
export function addWarning(list: ReportWarning[], warning: ReportWarning): void {
  if (
    !list.some((w) => w.kind === warning.kind && w.itemId === warning.itemId && w.message === warning.message)
  ) {
    list.push(warning);
  }
}
