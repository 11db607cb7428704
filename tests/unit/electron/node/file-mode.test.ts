import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  readlink,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../../electron/cli/index.ts';
import { ProgramStore } from '../../../../electron/node/store.ts';
import type { ProgramFile } from '../../../../shared/schema/program.ts';
import { capture } from '../../../helpers/cli.ts';
import { fixtureText } from '../../../helpers/fixture.ts';

let dir: string;
let path: string;
let backupDir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liaison-mode-'));
  path = join(dir, 'program.json');
  backupDir = join(dir, 'data', 'backups');
  process.env.LIAISON_DATA_DIR = join(dir, 'data');
  await writeFile(path, fixtureText());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const modeOf = async (p: string) => (await stat(p)).mode & 0o777;
const renamed = (file: ProgramFile, name: string): ProgramFile => ({
  ...file,
  program: { ...file.program, name },
});
const CSV = 'Name,E-mail\nNora Quist,nora@example.com\n';

describe('a save keeps what the user set on the file', () => {
  it('a 0600 file stays 0600 after a save from the app', async () => {
    await chmod(path, 0o600);
    const store = await ProgramStore.open(path, { backupDir });
    await store.replace(renamed(store.file, 'Private'));
    expect(await modeOf(path)).toBe(0o600);
    expect((JSON.parse(await readFile(path, 'utf8')) as ProgramFile).program.name).toBe('Private');
  });

  it('a 0600 file stays 0600 after a save from the command line', async () => {
    await chmod(path, 0o600);
    await writeFile(join(dir, 'people.csv'), CSV);
    const { io, lines } = capture();
    const code = await main(['stakeholders', 'import', path, '--csv', join(dir, 'people.csv')], io);
    expect(lines.err).toEqual([]);
    expect(code).toBe(0);
    expect(await modeOf(path)).toBe(0o600);
    const saved = JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
    expect(saved.stakeholders.some((s) => s.email === 'nora@example.com')).toBe(true);
  });

  it('a group-readable 0640 file keeps 0640 (the save neither loosens nor tightens it)', async () => {
    await chmod(path, 0o640);
    const store = await ProgramStore.open(path, { backupDir });
    await store.replace(renamed(store.file, 'Team'));
    expect(await modeOf(path)).toBe(0o640);
  });

  it('a symlinked program file is still a symlink, and its target has the change', async () => {
    const real = join(dir, 'shared', 'real.json');
    await mkdir(join(dir, 'shared'));
    await writeFile(real, fixtureText());
    await rm(path);
    await symlink(real, path);
    const store = await ProgramStore.open(path, { backupDir });
    await store.replace(renamed(store.file, 'Through the link'));
    expect((await lstat(path)).isSymbolicLink()).toBe(true);
    expect(await readlink(path)).toBe(real);
    expect((JSON.parse(await readFile(real, 'utf8')) as ProgramFile).program.name).toBe('Through the link');
    // The temp file went beside the target, and nothing was left beside the link.
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('backups are readable by this user only (0600), in a 0700 folder', async () => {
    await chmod(path, 0o644);
    const store = await ProgramStore.open(path, { backupDir });
    const entry = await store.backups.keep(path, Buffer.from(fixtureText()), 'open');
    expect(entry).not.toBeNull();
    expect(await modeOf(join(backupDir, entry?.id ?? ''))).toBe(0o600);
    expect(await modeOf(join(backupDir, (entry?.id ?? '').split('/')[0] ?? ''))).toBe(0o700);
  });
});
