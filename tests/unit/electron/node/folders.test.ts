import { mkdir, mkdtemp, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFolder, existingRoots, listFolders } from '../../../../electron/node/folders.ts';

let base: string;
let root: string;
let outside: string;

beforeEach(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'liaison-folders-')));
  root = join(base, 'home');
  outside = join(base, 'outside');
  for (const d of ['Documents/Reports', 'Desktop', '.cache', 'node'])
    await mkdir(join(root, d), { recursive: true });
  await mkdir(outside);
  await writeFile(join(root, 'notes.txt'), 'not a folder');
  await symlink(outside, join(root, 'escape'));
  return () => rm(base, { recursive: true, force: true });
});

const roots = () =>
  existingRoots([
    { label: 'Home', path: root },
    { label: 'Gone', path: join(base, 'missing') },
  ]);

describe('listing folders to choose from', () => {
  it('lists the folders of a root, sorted, without files or hidden folders, with no way above it', async () => {
    const listing = await listFolders(await roots(), undefined);
    expect(listing.path).toBe(root);
    expect(listing.parent).toBeNull();
    // A symbolic link is not offered (it may lead outside); following one is refused below.
    expect(listing.folders).toEqual(['Desktop', 'Documents', 'node']);
    expect(listing.roots).toEqual([{ label: 'Home', path: root }]);
    const inner = await listFolders(await roots(), join(root, 'Documents'));
    expect(inner).toMatchObject({ path: join(root, 'Documents'), parent: root, folders: ['Reports'] });
  });

  it('refuses a folder outside the roots, through .. or a symbolic link', async () => {
    await expect(listFolders(await roots(), outside)).rejects.toThrow(/outside the folders Liaison lists/);
    await expect(listFolders(await roots(), join(root, '..'))).rejects.toThrow(/outside/);
    await expect(listFolders(await roots(), join(root, 'escape'))).rejects.toThrow(/outside/);
    await expect(listFolders(await roots(), join(root, 'nope'))).rejects.toThrow(/There is no folder/);
  });
});

describe('making a folder', () => {
  it('makes it inside the folder shown and lists it', async () => {
    const listing = await createFolder(await roots(), join(root, 'Documents'), ' Q4 briefs ');
    expect(listing.path).toBe(join(root, 'Documents', 'Q4 briefs'));
    expect((await stat(listing.path)).isDirectory()).toBe(true);
  });

  it('refuses names that are not one plain folder, an existing name, and a parent outside the roots', async () => {
    for (const name of ['', '..', '.hidden', 'a/b', 'a\\b', 'x:y', 'tab\there'])
      await expect(createFolder(await roots(), root, name)).rejects.toThrow();
    await expect(createFolder(await roots(), root, 'Desktop')).rejects.toThrow(
      /already something named "Desktop"/,
    );
    await expect(createFolder(await roots(), outside, 'new')).rejects.toThrow(/outside/);
    await expect(stat(join(outside, 'new'))).rejects.toThrow();
  });
});
