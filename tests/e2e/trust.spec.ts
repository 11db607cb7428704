import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { expect, test } from './fixtures.ts';
import { ReportsPage } from './pages/reports.ts';
import { Shell } from './pages/shell.ts';

async function onDisk(path: string): Promise<ProgramFile> {
  return JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
}

test('a colleague’s save on disk is taken in without a reload, and a report written after it keeps their change', async ({
  app,
}) => {
  test.skip(app.mode !== 'browser', 'the output folder is chosen with the browser mode’s chooser');
  const path = app.programPath as string;
  const shell = new Shell(app.page);
  await shell.goTo('Reports');
  await new ReportsPage(app.page).useNewFolderBesideProgram('docs');
  // A colleague saves the shared file meanwhile: the window hears of it and shows their version.
  const theirs = await onDisk(path);
  theirs.program.name = 'Renamed by a colleague';
  await writeFile(path, JSON.stringify(theirs, null, 2));
  await expect(shell.programName()).toHaveText('Renamed by a colleague');
  // Writing a report now records it on top of their save: neither change is lost.
  await app.page.getByRole('button', { name: 'Generate for Dana Whitfield' }).click();
  await expect.poll(async () => (await onDisk(path)).reports.length).toBe(1);
  expect((await onDisk(path)).program.name).toBe('Renamed by a colleague');
});

test('a damaged file offers its backups and is restored into a new file, never over the damaged one', async ({
  app,
}) => {
  test.skip(app.mode !== 'browser', 'paths are typed in the browser mode');
  const path = app.programPath as string;
  const shell = new Shell(app.page);
  await expect(shell.programName()).toHaveText('Checkout Payments Migration');
  // The file is damaged outside the app (a bad merge, a truncated sync).
  await writeFile(path, '{"schemaVersion": 1, "program": {"name": "half a fi');
  await app.page.getByRole('button', { name: 'File', exact: true }).click();
  await app.page.getByLabel('Open another program').fill(path);
  await app.page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(app.page.getByRole('alert')).toContainText('is not valid JSON (the file ends too early');
  const backups = app.page.getByLabel('Backups');
  await backups.getByRole('button', { name: 'Restore into a new file…' }).first().click();
  const restored = join(app.dir, 'restored.json');
  await app.page.getByLabel('Restore into').fill(restored);
  await app.page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(app.page.locator('.topbar__file')).toContainText('restored.json');
  await expect(shell.programName()).toHaveText('Checkout Payments Migration');
  expect((await onDisk(restored)).stakeholders).toHaveLength(10);
  expect(await readFile(path, 'utf8')).toBe('{"schemaVersion": 1, "program": {"name": "half a fi');
});
