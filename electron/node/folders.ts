/**
 * Choosing a folder in the browser mode, where there is no native dialog: the folders under a few
 * roots the user owns (their home, the open program's folder, the chosen output folder, the
 * folder Liaison was started in), never above them. Hidden folders are left out. Only names of
 * folders are listed; no file is read.
 */
import { mkdir, readdir, realpath } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { FolderListing } from '../../shared/ipc/contract.ts';
import { AppError, sysCode } from './errors.ts';

export interface FolderRoot {
  label: string;
  path: string;
}

/** True when `path` is `root` or inside it (both already real paths). */
function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function real(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

/** The roots that exist, as real paths, without repeats (the first label wins). */
export async function existingRoots(candidates: FolderRoot[]): Promise<FolderRoot[]> {
  const roots: FolderRoot[] = [];
  for (const c of candidates) {
    const path = await real(c.path);
    if (path && !roots.some((r) => r.path === path)) roots.push({ label: c.label, path });
  }
  return roots;
}

/** The candidate roots for a session: home, the program's folder, the output folder, the start folder. */
export function folderRoots(programPath: string | null, outputDir: string | undefined): FolderRoot[] {
  return [
    { label: 'Home', path: homedir() },
    ...(programPath ? [{ label: 'Program’s folder', path: dirname(programPath) }] : []),
    ...(outputDir ? [{ label: 'Output folder', path: outputDir }] : []),
    { label: 'Current folder', path: process.cwd() },
  ];
}

function describe(path: string, error: unknown): AppError {
  const code = sysCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return new AppError('not-found', `There is no folder ${path}.`);
  if (code === 'EACCES' || code === 'EPERM')
    return new AppError('bad-request', `${path} cannot be read: permission denied.`);
  return new AppError('bad-request', `${path} cannot be read (${code ?? 'unknown error'}).`);
}

/** The folders in `path` (or the first root), refused outside the roots. */
export async function listFolders(roots: FolderRoot[], path: string | undefined): Promise<FolderListing> {
  const first = roots[0];
  if (!first) throw new AppError('not-found', 'There is no folder to choose from.');
  const wanted = path ? resolve(path) : first.path;
  const here = await real(wanted);
  if (!here) throw new AppError('not-found', `There is no folder ${wanted}.`);
  const root = roots.find((r) => within(r.path, here));
  if (!root)
    throw new AppError(
      'bad-request',
      `${wanted} is outside the folders Liaison lists (your home, the program’s folder, the output folder).`,
    );
  let entries;
  try {
    entries = await readdir(here, { withFileTypes: true });
  } catch (error) {
    throw describe(here, error);
  }
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b));
  return { path: here, parent: here === root.path ? null : dirname(here), folders, roots };
}

/** Why a new folder's name cannot be used, or null. */
export function folderNameProblem(name: string): string | null {
  const n = name.trim();
  if (n === '') return 'A folder needs a name.';
  if (n === '.' || n === '..' || n.startsWith('.')) return 'A folder name cannot start with a dot.';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[/\\:*?"<>|\u0000-\u001f\u007f]/u.test(n))
    return `"${n}" has a character folders cannot have (/ \\ : * ? " < > |).`;
  if (Buffer.byteLength(n) > 255) return 'That name is too long for a folder.';
  return null;
}

/** Makes folder `name` in `parent` (inside the roots) and lists it. */
export async function createFolder(
  roots: FolderRoot[],
  parent: string,
  name: string,
): Promise<FolderListing> {
  const problem = folderNameProblem(name);
  if (problem) throw new AppError('bad-request', problem);
  const inside = await listFolders(roots, parent);
  const target = join(inside.path, name.trim());
  if (dirname(target) !== inside.path || basename(target) !== name.trim())
    throw new AppError('bad-request', `Refused to make a folder outside ${inside.path}.`);
  try {
    await mkdir(target);
  } catch (error) {
    if (sysCode(error) === 'EEXIST')
      throw new AppError('exists', `There is already something named "${name.trim()}" in ${inside.path}.`);
    throw describe(inside.path, error);
  }
  return listFolders(roots, target);
}
