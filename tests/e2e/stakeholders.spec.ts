import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, useGeneratedProgram } from './fixtures.ts';
import { ReportsPage } from './pages/reports.ts';
import { saved, savedPerson, StakeholdersPage } from './pages/stakeholders.ts';

test.describe('the stakeholder table', () => {
  test('adding a person writes them to the file and opens their details', async ({ app }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    await s.addPerson('Nora Quist', 'nora.quist@example.com');
    await expect(s.details('Nora Quist')).toBeVisible();
    await expect(s.rowCount()).toHaveText('11 of 11');
    await expect
      .poll(async () => savedPerson(app.programPath as string, (p) => p.name === 'Nora Quist'))
      .toMatchObject({ id: 's-nora-quist', email: 'nora.quist@example.com', group: 'peer' });
  });

  test('a cell edits in place and saves; a bad value is refused at the cell and nothing is written', async ({
    app,
  }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    await s.editText('Kenji Watanabe', 'title', 'Head of Data Platform');
    await expect(s.cell('Kenji Watanabe', 'title')).toHaveText('Head of Data Platform');
    await expect
      .poll(async () => (await savedPerson(app.programPath as string, (p) => p.id === 's-data'))?.title)
      .toBe('Head of Data Platform');

    await s.editChoice('Kenji Watanabe', 'stance', 'skeptic');
    await expect
      .poll(async () => (await savedPerson(app.programPath as string, (p) => p.id === 's-data'))?.stance)
      .toBe('skeptic');

    await s.showColumn('Email');
    const before = await readFile(app.programPath as string, 'utf8');
    await s.cell('Kenji Watanabe', 'email').dblclick();
    await s.cell('Kenji Watanabe', 'email').locator('input').fill('kenji@');
    await s.cell('Kenji Watanabe', 'email').locator('input').press('Enter');
    await expect(s.cell('Kenji Watanabe', 'email').getByRole('alert')).toHaveText(
      '"kenji@" is not an email address',
    );
    await s.cell('Kenji Watanabe', 'email').locator('input').press('Escape');
    await expect(s.cell('Kenji Watanabe', 'email')).toHaveText('kenji.watanabe@example.com');
    const name = s.cellById('s-data', 'name');
    await name.dblclick();
    await name.locator('input').fill('   ');
    await name.locator('input').press('Enter');
    await expect(name.getByRole('alert')).toHaveText('A stakeholder needs a name');
    await name.locator('input').press('Escape');
    await expect(name).toHaveText('Kenji Watanabe');
    expect(await readFile(app.programPath as string, 'utf8')).toBe(before);
  });

  test('the keyboard moves the active cell, Enter edits, Escape cancels, and Ctrl+Z undoes', async ({
    app,
  }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    await s.cell('Dana Whitfield', 'name').click();
    // Name → Title, then down one row: Helen Park's title.
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowDown');
    await expect(s.cell('Helen Park', 'title')).toHaveClass(/is-active/);
    await app.page.keyboard.press('Enter');
    const editor = s.cell('Helen Park', 'title').locator('input');
    await editor.fill('Chief Executive');
    await editor.press('Escape');
    await expect(s.cell('Helen Park', 'title')).toHaveText('Chief Executive Officer');
    // Typing on a cell starts editing it with that character.
    await app.page.keyboard.type('CEO');
    await app.page.keyboard.press('Enter');
    await expect
      .poll(async () => (await savedPerson(app.programPath as string, (p) => p.id === 's-ceo'))?.title)
      .toBe('CEO');
    await s.undo();
    await expect
      .poll(async () => (await savedPerson(app.programPath as string, (p) => p.id === 's-ceo'))?.title)
      .toBe('Chief Executive Officer');
    await expect(s.cell('Helen Park', 'title')).toHaveText('Chief Executive Officer');
  });

  test('filters narrow the table, and the export holds the people shown without their notes', async ({
    app,
  }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    await s.filter('Stance', 'neutral');
    await expect(s.rowCount()).toHaveText('3 of 10');
    await s.filter('Due', 'due');
    await expect(s.rowCount()).toHaveText('1 of 10');
    await expect(s.row('Lucía Fernández')).toBeVisible();
    const download = app.page.waitForEvent('download');
    await app.page.getByRole('button', { name: 'Export CSV' }).click();
    const file = join(app.dir, 'export.csv');
    await (await download).saveAs(file);
    const csv = await readFile(file, 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain('Lucía Fernández');
    const notes = (await saved(app.programPath as string)).stakeholders.find(
      (p) => p.id === 's-support',
    )?.notes;
    if (notes) expect(csv).not.toContain(notes);
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(s.rowCount()).toHaveText('10 of 10');
  });

  test('selected people get a cadence at once, in one undoable change', async ({ app }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    await app.page.getByLabel('Select Kenji Watanabe').check();
    await app.page.getByLabel('Select Robert Chen').check();
    await expect(app.page.getByTestId('selected-count')).toHaveText('2 selected');
    await app.page.getByLabel('Set cadence for selected').selectOption('weekly');
    await expect
      .poll(async () =>
        (await saved(app.programPath as string)).stakeholders
          .filter((p) => p.preferences.cadence === 'weekly')
          .map((p) => p.id)
          .sort(),
      )
      .toEqual(['s-data', 's-em', 's-legal', 's-staff', 's-vpe']);
    await s.undo();
    await expect
      .poll(
        async () =>
          (await savedPerson(app.programPath as string, (p) => p.id === 's-legal'))?.preferences.cadence,
      )
      .toBe('as-needed');
    expect(
      (await savedPerson(app.programPath as string, (p) => p.id === 's-data'))?.preferences.cadence,
    ).toBe('biweekly');
    // "Select all" takes the rows shown, not the hidden ones.
    await app.page.getByRole('button', { name: 'Clear selection' }).click();
    await s.filter('Stance', 'neutral');
    await app.page.getByLabel('Select all shown').check();
    await expect(app.page.getByTestId('selected-count')).toHaveText('3 selected');
  });

  test('reports for the selected people are written and recorded in the history', async ({ app }) => {
    test.skip(
      app.mode !== 'browser',
      'the output folder is chosen with the browser mode’s chooser; Electron asks with its dialog',
    );
    const s = new StakeholdersPage(app.page);
    await s.shell.goTo('Reports');
    await new ReportsPage(app.page).useNewFolderBesideProgram('docs');
    await s.open();
    await app.page.getByLabel('Select Kenji Watanabe').check();
    await app.page.getByLabel('Select Robert Chen').check();
    await app.page.getByRole('button', { name: 'Generate reports for selected' }).click();
    await expect(app.page.getByTestId('generation-summary')).toHaveText('2 written.');
    await expect
      .poll(async () =>
        (await saved(app.programPath as string)).reports.map((r) => r.stakeholderIds[0]).sort(),
      )
      .toEqual(['s-data', 's-legal']);
  });

  test('a person named in the record cannot be deleted; one who is not can', async ({ app }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    const dana = await s.openDetails('Dana Whitfield');
    await dana.getByRole('button', { name: 'Delete Dana Whitfield…' }).click();
    const refusal = app.page.getByRole('alertdialog', { name: 'Delete Dana Whitfield?' });
    await expect(refusal).toContainText('the program’s sponsor');
    await expect(refusal.getByRole('button', { name: 'Delete Dana Whitfield' })).toHaveCount(0);
    await refusal.getByRole('button', { name: 'Close' }).click();

    await s.addPerson('Temp Person');
    await expect.poll(async () => (await saved(app.programPath as string)).stakeholders).toHaveLength(11);
    await s.details('Temp Person').getByRole('button', { name: 'Delete Temp Person…' }).click();
    await app.page
      .getByRole('alertdialog', { name: 'Delete Temp Person?' })
      .getByRole('button', { name: 'Delete Temp Person' })
      .click();
    await expect.poll(async () => (await saved(app.programPath as string)).stakeholders).toHaveLength(10);
  });
});

test.describe('the influence/interest grid and the detail panel', () => {
  test('dragging a person to another cell changes their influence and interest', async ({ app }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    await s.view('Grid');
    await expect(s.dot('s-data')).toBeVisible();
    await s.drag('s-data', 'high', 'high');
    await expect
      .poll(async () => {
        const kenji = await savedPerson(app.programPath as string, (p) => p.id === 's-data');
        return [kenji?.influence, kenji?.interest];
      })
      .toEqual(['high', 'high']);
    // A click (no drag) opens the detail panel.
    await s.dot('s-data').click();
    await expect(s.details('Kenji Watanabe')).toContainText('Manage closely');
  });

  test('an expectation linked to record items shows its standing and its cause', async ({ app }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    const panel = await s.openDetails('Tomás Beltrán');
    await panel.getByLabel('New expectation for Tomás Beltrán').fill('Cutover without a freeze breach');
    await panel.getByRole('button', { name: 'Add expectation' }).click();
    const expectation = panel.locator('[data-expectation]').first();
    await expect(expectation.getByTestId('standing')).toHaveText(/Not linked/);
    await expect
      .poll(
        async () => (await savedPerson(app.programPath as string, (p) => p.id === 's-staff'))?.expectations,
      )
      .toMatchObject([{ text: 'Cutover without a freeze breach', linkedIds: [] }]);

    await expectation
      .getByLabel(/^Link an item to/)
      .selectOption({ label: 'Shadow traffic at 1% (on-track)' });
    await expect(expectation.getByTestId('standing')).toHaveText('On track');
    await expectation
      .getByLabel(/^Link an item to/)
      .selectOption({ label: 'PCI DSS 4.0 assessment passed (at-risk)' });
    await expect(expectation.getByTestId('standing')).toHaveText(
      'At risk milestone "PCI DSS 4.0 assessment passed" is at-risk',
    );
    await expect
      .poll(
        async () =>
          (await savedPerson(app.programPath as string, (p) => p.id === 's-staff'))?.expectations[0]
            ?.linkedIds,
      )
      .toEqual(['m-shadow', 'm-pci']);
  });

  test('the detail panel saves fields, logs interactions and marks the notes as private', async ({ app }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    const panel = await s.openDetails('Robert Chen');
    await expect(panel).toContainText('Private: never exported or printed');
    const title = panel.getByLabel('Title', { exact: true });
    await title.fill('General Counsel');
    await title.press('Enter');
    await expect
      .poll(async () => (await savedPerson(app.programPath as string, (p) => p.id === 's-legal'))?.title)
      .toBe('General Counsel');
    await expect(title).toBeFocused();
    await s.undo();
    await expect(title).toHaveValue('Senior Legal Counsel');
    await expect
      .poll(async () => (await savedPerson(app.programPath as string, (p) => p.id === 's-legal'))?.title)
      .toBe('Senior Legal Counsel');
    await panel.getByLabel('Cadence').selectOption('monthly');
    await panel.getByLabel('Summary').fill('Agreed the contract review timeline');
    await panel.getByLabel('Sentiment').selectOption('positive');
    await panel.getByRole('button', { name: 'Log it' }).click();
    await expect(panel.locator('.sh-interaction-log')).toContainText('Agreed the contract review timeline');
    await expect
      .poll(async () => savedPerson(app.programPath as string, (p) => p.id === 's-legal'))
      .toMatchObject({
        preferences: { cadence: 'monthly' },
        interactions: [
          { date: '2026-11-20', summary: 'Agreed the contract review timeline', sentiment: 'positive' },
        ],
      });
  });
});

test.describe('CSV import', () => {
  test('a CSV with one bad row: the row is reported, the others imported, and one undo reverts it all', async ({
    app,
  }) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    const people = async () =>
      (await saved(app.programPath as string)).stakeholders.map((p) => [
        p.id,
        p.name,
        p.stance,
        p.preferences.cadence,
      ]);
    const original = await people();
    const originalText = await readFile(app.programPath as string, 'utf8');
    const csv = join(app.dir, 'people.csv');
    await writeFile(
      csv,
      'Full name,E-mail,Stance,Cadence\n' +
        'Dana Whitfield,dana.whitfield@example.com,skeptic,weekly\n' +
        'Bob Bad,bob@,neutral,monthly\n' +
        'Nora Quist,nora@example.com,champion,\n',
    );
    const dialog = await s.chooseCsv(csv);
    await expect(dialog.getByLabel('Field for column Full name')).toHaveValue('name');
    await expect(dialog.getByTestId('import-preview')).toContainText(
      '1 to add (Nora Quist), 1 to update (Dana Whitfield)',
    );
    await expect(dialog.getByRole('group', { name: 'Rejected rows' })).toContainText(
      'Row 3: Email: "bob@" is not an email address',
    );
    // Nothing is written before the user confirms.
    expect(await readFile(app.programPath as string, 'utf8')).toBe(originalText);
    await dialog.getByRole('button', { name: 'Import: add 1, update 1' }).click();
    await expect(app.page.getByTestId('import-report')).toContainText(
      'Row 3: Email: "bob@" is not an email address',
    );
    await expect
      .poll(async () => {
        const file = await saved(app.programPath as string);
        return [
          file.stakeholders.length,
          file.stakeholders.find((p) => p.id === 's-cfo')?.stance,
          file.stakeholders.some((p) => p.name === 'Bob Bad'),
        ];
      })
      .toEqual([11, 'skeptic', false]);

    await s.undo();
    await expect.poll(people).toEqual(original);
    await expect(s.rowCount()).toHaveText('10 of 10');
  });
});

test.describe('what the screen looks like', () => {
  test('with the fixture: the table, the grid and the detail panel', async ({ app }, testInfo) => {
    const s = new StakeholdersPage(app.page);
    await s.open();
    await expect(s.rowCount()).toHaveText('10 of 10');
    await app.page.screenshot({ path: testInfo.outputPath('fixture-table.png') });
    await s.view('Grid');
    await expect(app.page.locator('[data-person]')).toHaveCount(10);
    // Few people per cell: each is named on the grid.
    await expect(app.page.getByRole('group', { name: 'Influence and interest grid' })).toContainText(
      'Dana Whitfield',
    );
    await app.page.screenshot({ path: testInfo.outputPath('fixture-grid.png') });
    await s.dot('s-cfo').click();
    await expect(s.details('Dana Whitfield')).toContainText('At risk');
    await app.page.screenshot({ path: testInfo.outputPath('fixture-grid-and-details.png') });
    await s.view('Table');
    await app.page.screenshot({ path: testInfo.outputPath('fixture-table-and-details.png') });
  });

  test.describe('with 1,000 generated people', () => {
    useGeneratedProgram('stakeholders-1000', 1000, 300);

    test('the table draws only the rows on screen; the grid clusters crowded cells', async ({
      app,
    }, testInfo) => {
      const s = new StakeholdersPage(app.page);
      await s.open();
      await expect(s.rowCount()).toHaveText('1000 of 1000');
      expect(await s.table().locator('.data-table__body [role=row]').count()).toBeLessThan(60);
      await app.page.screenshot({ path: testInfo.outputPath('1000-table.png') });
      await s.view('Grid');
      const clusters = app.page.locator('[data-cluster]');
      await expect(clusters).toHaveCount(9);
      const counts = await clusters.locator('.sh-grid-cluster__count').allTextContents();
      expect(counts.reduce((sum, c) => sum + Number(c), 0)).toBe(1000);
      await app.page.screenshot({ path: testInfo.outputPath('1000-grid.png') });
      await clusters.first().click();
      const list = app.page.getByRole('dialog', { name: /influence/ });
      await list.getByRole('button').nth(1).click();
      await expect(app.page.getByRole('complementary', { name: /^Details of/ })).toBeVisible();
      await app.page.screenshot({ path: testInfo.outputPath('1000-grid-and-details.png') });
    });
  });
});
