/**
 * Starting a program and keeping it current: the first-run screen's empty program, a tracker
 * import through its mapping step (and one undo), and emails chosen in the app, with the
 * engagement trend they feed.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, ROOT, test } from './fixtures.ts';
import { Shell } from './pages/shell.ts';

interface Saved {
  program: { name: string; period: { start: string; end: string }; sponsorId: string };
  milestones: Array<{ externalKey?: string; title: string; ownerId: string }>;
  actions: Array<{ externalKey?: string; ownerId: string }>;
  dependencies: Array<{ externalKey?: string; status: string }>;
  stakeholders: Array<{ id: string; name: string; interactions?: Array<{ messageId?: string }> }>;
}
const read = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as Saved;
const TRACKER = resolve(ROOT, 'tests/fixtures/tracker/jira-export.csv');
const EMAIL = (n: string) => resolve(ROOT, 'tests/fixtures/email', n);

test.describe('the first-run screen', () => {
  test.use({ programFile: null });

  test('says what the app does and starts an empty program with its sponsor', async ({ app }, testInfo) => {
    test.skip(app.mode !== 'browser', 'typing a path is the browser mode; Electron uses its native dialog');
    const page = app.page;
    const lines = page.getByRole('list', { name: 'What Liaison does' }).getByRole('listitem');
    await expect(lines).toHaveCount(3);
    await expect(page.getByLabel('Open a program file')).toBeVisible();
    await expect(page.getByLabel('Create a new program from the demo')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('first-run.png') });

    const form = page.getByRole('form', { name: 'New empty program' });
    await form.getByLabel('Program name').fill('Data Lakehouse');
    await form.getByLabel('Period starts').fill('2026-12-10');
    await form.getByLabel('Period ends').fill('2026-12-01');
    await form.getByLabel('File to create').fill(join(app.dir, 'lake.json'));
    await form.getByRole('button', { name: 'Create empty program' }).click();
    await expect(form.getByRole('alert')).toHaveText(
      'The period ends (2026-12-01) before it starts (2026-12-10).',
    );

    await form.getByLabel('Period ends').fill('2026-12-23');
    await form.getByLabel('Sponsor’s name').fill('Ana Lima');
    await form.getByRole('button', { name: 'Create empty program' }).click();
    await expect(new Shell(page).programName()).toHaveText('Data Lakehouse');
    const saved = await read(join(app.dir, 'lake.json'));
    expect(saved.program.period).toEqual({ start: '2026-12-10', end: '2026-12-23' });
    expect(saved.stakeholders.map((s) => s.name)).toEqual(['Ana Lima']);
    expect(saved.milestones).toEqual([]);
  });
});

test.describe('keeping the record current', () => {
  test('a tracker import goes through its mapping step, and one undo reverts it', async ({
    app,
  }, testInfo) => {
    const page = app.page;
    const path = app.programPath as string;
    const before = await read(path);
    await page.getByLabel('Tracker CSV export to import').setInputFiles(TRACKER);
    const dialog = page.getByRole('dialog', { name: 'Import jira-export.csv from a tracker' });
    // Guessed from the header names, shown and changeable.
    await expect(dialog.getByLabel('Field for column 2 Issue key')).toHaveValue('key');
    await expect(dialog.getByLabel('Field for column 11 Labels')).toHaveValue('topics');
    await expect(dialog.getByLabel('Field for column 12 Labels')).toHaveValue('topics');
    await expect(dialog.getByLabel('Kind for type Epic')).toHaveValue('milestone');
    await dialog.getByLabel('Kind for type Story').selectOption('dependency');
    await dialog.getByLabel('Status of a dependency in In Review').selectOption('at-risk');
    await dialog.getByLabel('Owner for Jordan Blake').selectOption('s-em');
    await expect(dialog.getByTestId('tracker-import-preview')).toContainText('6 to add');
    await expect(dialog.getByRole('group', { name: 'Rejected rows' })).toContainText(
      'Row 8: Summary: missing: a new action needs a summary',
    );
    await page.screenshot({ path: testInfo.outputPath('tracker-mapping.png') });
    await dialog.getByRole('button', { name: 'Import: add 6, update 0' }).click();
    await expect(page.getByTestId('tracker-import-report')).toContainText('6 added');
    await page.screenshot({ path: testInfo.outputPath('tracker-imported.png') });

    const imported = await read(path);
    expect(imported.milestones.filter((m) => m.externalKey).map((m) => m.externalKey)).toEqual([
      'PAY-101',
      'PAY-102',
    ]);
    expect(imported.dependencies.find((d) => d.externalKey === 'PAY-104')?.status).toBe('at-risk');
    expect(imported.actions.find((a) => a.externalKey === 'PAY-105')?.ownerId).toBe('s-em');

    await page.getByRole('button', { name: 'Undo Import jira-export.csv' }).click();
    await expect(page.getByRole('button', { name: 'Redo Import jira-export.csv' })).toBeEnabled();
    const undone = await read(path);
    expect(undone.milestones).toEqual(before.milestones);
    expect(undone.actions).toEqual(before.actions);
    expect(undone.dependencies).toEqual(before.dependencies);
  });

  test.describe('with the emails of early December', () => {
    test.use({ today: '2026-12-03' });

    test('emails chosen in the app are logged once per person and feed the engagement trend', async ({
      app,
    }, testInfo) => {
      const page = app.page;
      const shell = new Shell(page);
      await shell.goTo('Stakeholders');
      await page
        .getByLabel('Email files to log')
        .setInputFiles([EMAIL('cfo-budget.eml'), EMAIL('cfo-budget-again.eml'), EMAIL('stranger.eml')]);
      const dialog = page.getByRole('dialog', { name: 'Log emails' });
      await expect(dialog.getByTestId('email-added')).toContainText(
        '"Q1 savings – need the range" (cfo-budget.eml, 1 Dec 2026) for Dana Whitfield, Aisha Rahman',
      );
      await expect(dialog.getByTestId('email-duplicates')).toContainText('cfo-budget-again.eml');
      await expect(dialog.getByTestId('email-unknown')).toContainText(
        'Jordan Blake <jordan.blake@vendor.example>',
      );
      await page.screenshot({ path: testInfo.outputPath('email-review.png') });
      await dialog.getByLabel('Jordan Blake <jordan.blake@vendor.example>').check();
      await dialog.getByRole('button', { name: 'Log 2 emails, add 1 to the map' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Logged 2 emails' })).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('email-logged.png') });

      const saved = await read(app.programPath as string);
      const ids = (id: string) =>
        (saved.stakeholders.find((s) => s.id === id)?.interactions ?? []).flatMap((i) => i.messageId ?? []);
      expect(ids('s-cfo')).toEqual(['budget-q1-2026@example.com']);
      expect(ids('s-sec')).toEqual(['budget-q1-2026@example.com']);
      expect(ids('s-jordan-blake')).toEqual(['hello-from-outside@vendor.example']);

      // The trend: the CFO went from positive to neutral, the security lead from concerned to neutral.
      await expect(
        page.getByRole('img', { name: /^2 interactions in 90 days, worsening; latest neutral$/ }),
      ).toHaveCount(1);
      await expect(
        page.getByRole('img', { name: /^2 interactions in 90 days, improving; latest neutral$/ }),
      ).toHaveCount(1);
      const silent = page.getByRole('group', { name: 'No contact for 30 days or more' });
      await expect(silent).toContainText('Robert Chen');
      await page.screenshot({ path: testInfo.outputPath('engagement-table.png') });
      await silent.getByRole('button', { name: /Robert Chen/ }).click();
      await expect(page.getByRole('complementary', { name: 'Details of Robert Chen' })).toBeVisible();
      await page.getByRole('button', { name: 'Close details' }).click();
      await shell.stakeholderTable().getByRole('button', { name: 'Details for Dana Whitfield' }).click();
      const chart = page.getByRole('figure', { name: /Engagement: 2 interactions/ });
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('engagement-detail.png') });
    });
  });
});
