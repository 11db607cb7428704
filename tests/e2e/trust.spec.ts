import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Route } from '@playwright/test';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { cli } from '../helpers/writers-race.ts';
import { expect, test } from './fixtures.ts';
import { ReportsPage } from './pages/reports.ts';
import { Shell } from './pages/shell.ts';
import { StakeholdersPage } from './pages/stakeholders.ts';

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

test('a command-line import saved while an edit is in flight is taken in without a reload, and the edit is kept: disk ends with both', async ({
  app,
}) => {
  test.skip(app.mode !== 'browser', 'the edit is held in flight at the browser mode’s HTTP transport');
  const path = app.programPath as string;
  const page = app.page;
  const s = new StakeholdersPage(page);
  await s.open();
  await s.showColumn('Organization');
  // A mark on the page: a reload would lose it.
  await page.evaluate(() => Object.assign(globalThis, { __sameWindow: true }));
  // The window's save of the edit is held on its way to main.
  let held: (route: Route) => void = () => undefined;
  const arrived = new Promise<Route>((resolve) => (held = resolve));
  await page.route('**/api/file:apply', (route) => held(route));
  await s.editText('Dana Whitfield', 'title', 'Group CFO');
  const inFlight = await arrived;

  // Meanwhile a colleague's command line (another process) adds a person and changes Dana's organization.
  const csv = join(app.dir, 'people.csv');
  await writeFile(
    csv,
    'Name,Email,Organization\nNora Quist,nora@example.com,Partners\nDana Whitfield,dana.whitfield@example.com,Group Finance\n',
  );
  const run = await cli(['stakeholders', 'import', path, '--csv', csv], join(app.dir, 'cli-data'));
  expect(run, run.stderr).toEqual({ code: 0, stderr: '' });
  // The window shows their save while its own edit is still on the way.
  await expect(s.cell('Nora Quist', 'name')).toBeVisible();
  await expect(s.cell('Dana Whitfield', 'organization')).toHaveText('Group Finance');

  // The edit reaches main, made on the copy before their save: it is combined with it.
  await inFlight.continue();
  await page.unroute('**/api/file:apply');
  await expect(s.cell('Dana Whitfield', 'title')).toHaveText('Group CFO');
  await expect(s.cell('Dana Whitfield', 'organization')).toHaveText('Group Finance');
  await expect(s.cell('Nora Quist', 'name')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate(() => (globalThis as { __sameWindow?: boolean }).__sameWindow)).toBe(true);
  await expect
    .poll(async () => {
      const dana = (await onDisk(path)).stakeholders.find((p) => p.id === 's-cfo');
      return [dana?.title, dana?.organization];
    })
    .toEqual(['Group CFO', 'Group Finance']);
  expect((await onDisk(path)).stakeholders.map((p) => p.name)).toContain('Nora Quist');
});
