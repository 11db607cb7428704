/**
 * Checks that Word documents really open, with the tools a reader's machine would use:
 * python-docx and LibreOffice, read through tests/helpers/docx-reading.ts (one process each for a
 * whole set of files).
 */
import { pageCounts, readDocxFiles } from './docx-reading.ts';

/** Opens every file with python-docx; returns one line per failure (empty when all open). */
export function pythonDocxFailures(paths: string[]): string[] {
  return readDocxFiles(paths).flatMap((r) => {
    if ('error' in r) return [`${r.file}: ${r.error}`];
    return r.body.some((e) => e.kind === 'p') ? [] : [`${r.file}: no paragraphs`];
  });
}

/** Converts every file to PDF with LibreOffice; returns the paths whose PDF did not appear. */
export function libreOfficeFailures(paths: string[]): string[] {
  const pages = pageCounts(paths);
  return paths.filter((_, i) => !pages[i]);
}
