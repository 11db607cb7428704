import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, FIXTURE, test } from './fixtures.ts';
import { Shell, Welcome } from './pages/shell.ts';

test.describe('the shell with the fixture program', () => {
  test('shows the program, its status and its ten stakeholders', async ({ app }, testInfo) => {
    const shell = new Shell(app.page);
    await expect(shell.programName()).toHaveText('Checkout Payments Migration');
    await expect(app.page.getByTestId('status-chip').first()).toContainText('Amber');
    await shell.goTo('Stakeholders');
    await expect(app.page.getByTestId('row-count')).toHaveText('10 of 10');
    const names = await shell.stakeholderNames();
    expect(names).toHaveLength(10);
    expect(names).toContain('Dana Whitfield');
    expect(names).toContain('Sofia Marchetti');
    await app.page.screenshot({ path: testInfo.outputPath('stakeholders.png') });
  });

  test('search narrows the table and sorting by name orders it', async ({ app }) => {
    const shell = new Shell(app.page);
    await shell.goTo('Stakeholders');
    await shell.search('engineer');
    await expect(app.page.getByTestId('row-count')).toHaveText('3 of 10');
    await shell.search('');
    await shell.stakeholderTable().getByRole('button', { name: 'Name' }).click();
    const names = await shell.stakeholderNames();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names[0]).toBe('Aisha Rahman');
  });

  test('the reports screen lists the five readers due on 2026-11-20', async ({ app }) => {
    const shell = new Shell(app.page);
    await shell.goTo('Reports');
    const table = app.page.getByRole('table', { name: 'Due for an update' });
    await expect(table.locator('tbody tr')).toHaveCount(5);
    await expect(table).toContainText('Aisha Rahman');
    await expect(table).not.toContainText('Robert Chen');
  });
});

test.describe('opening files', () => {
  test.use({ programFile: null });

  test('a damaged file is reported with its problems and left untouched', async ({ app }) => {
    test.skip(app.mode !== 'browser', 'typing a path is the browser mode; Electron uses its native dialog');
    const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
      milestones: Array<{ ownerId: string }>;
    };
    fixture.milestones[0]!.ownerId = 's-ghost';
    const bad = join(app.dir, 'bad.json');
    const text = JSON.stringify(fixture);
    await writeFile(bad, text);
    const welcome = new Welcome(app.page);
    await welcome.open(bad);
    await expect(welcome.alert()).toContainText('bad.json has 1 problem');
    await expect(welcome.alert()).toContainText('milestones[0].ownerId');
    expect(await readFile(bad, 'utf8')).toBe(text);

    const nul = join(app.dir, 'null.json');
    await writeFile(nul, 'null');
    await welcome.open(nul);
    await expect(welcome.alert()).toContainText('null.json holds null, not a program.');
    expect(await readFile(nul, 'utf8')).toBe('null');
  });

  test('a new program from the demo is written to disk and opened', async ({ app }) => {
    test.skip(app.mode !== 'browser', 'typing a path is the browser mode; Electron uses its native dialog');
    const path = join(app.dir, 'demo.json');
    await new Welcome(app.page).createDemo(path);
    const shell = new Shell(app.page);
    await expect(shell.programName()).toHaveText('Single Sign-On for Customer Accounts');
    const saved = JSON.parse(await readFile(path, 'utf8')) as {
      stakeholders: unknown[];
      schemaVersion: number;
    };
    expect(saved.schemaVersion).toBe(2);
    expect(saved.stakeholders).toHaveLength(7);
    await shell.goTo('Stakeholders');
    await expect(app.page.getByTestId('row-count')).toHaveText('7 of 7');
  });
});
