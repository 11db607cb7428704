/**
 * Checks that Word documents really open, with the tools a reader's machine would use:
 * python-docx (Debian's, at /usr/bin/python3) and LibreOffice (converting to PDF). One process
 * each for a whole set of files, so the suite stays fast.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Opens every file with python-docx; returns one line per failure (empty when all open). */
export function pythonDocxFailures(paths: string[]): string[] {
  const script = [
    'import sys, docx',
    'for p in sys.argv[1:]:',
    '    try:',
    '        d = docx.Document(p)',
    '        assert len(d.paragraphs) > 0, "no paragraphs"',
    '    except Exception as e:',
    '        print(p + ": " + repr(e))',
  ].join('\n');
  const run = spawnSync('/usr/bin/python3', ['-c', script, ...paths], { encoding: 'utf8' });
  if (run.status !== 0) return [`python3 failed: ${run.stderr}`];
  return run.stdout.split('\n').filter(Boolean);
}

/** Converts every file to PDF with LibreOffice; returns the names whose PDF did not appear. */
export function libreOfficeFailures(paths: string[]): string[] {
  // LibreOffice exits 0 even when it cannot load a file: the PDF's existence is the check.
  const pages = libreOfficePages(paths);
  return paths.filter((p) => !pages[basename(p)]);
}

/** Pages of a PDF, from pdfinfo. */
export function pdfPages(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0);
}

/**
 * Pages of each file once LibreOffice lays it out (one LibreOffice process, its own profile so
 * parallel runs do not collide); 0 for a file it could not convert.
 */
export function libreOfficePages(paths: string[]): Record<string, number> {
  const work = mkdtempSync(join(tmpdir(), 'liaison-pages-'));
  try {
    spawnSync(
      'libreoffice',
      [
        '--headless',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        ...paths,
      ],
      { encoding: 'utf8', timeout: 300_000 },
    );
    const pages: Record<string, number> = {};
    for (const p of paths) {
      const pdf = join(work, basename(p).replace(/\.docx$/, '.pdf'));
      pages[basename(p)] = existsSync(pdf) ? pdfPages(pdf) : 0;
    }
    return pages;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
