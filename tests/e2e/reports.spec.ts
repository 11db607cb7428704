import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { expect, test } from './fixtures.ts';
import { libreOfficeFailures, pythonDocxFailures } from '../helpers/office.ts';
import { ReportsPage } from './pages/reports.ts';
import { Shell } from './pages/shell.ts';

async function savedProgram(path: string): Promise<ProgramFile> {
  return JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
}

test('generate all due writes one document per due reader and records each in the file', async ({
  app,
}, testInfo) => {
  test.skip(
    app.mode !== 'browser',
    'the output folder is chosen with the browser mode’s chooser; Electron uses its native dialog',
  );
  const shell = new Shell(app.page);
  await shell.goTo('Reports');
  const out = join(app.dir, 'documents');
  await new ReportsPage(app.page).useNewFolderBesideProgram('documents');
  await expect(app.page.getByTestId('output-dir')).toHaveText(out);

  await app.page
    .getByRole('row', { name: /Dana Whitfield/ })
    .getByRole('button', { name: 'Preview' })
    .click();
  const preview = app.page.getByRole('article', { name: 'Document preview' });
  await expect(preview).toContainText('How long do we keep the legacy gateway as a fallback after cutover?');
  await expect(preview).toContainText('Keep it 30 days');
  await app.page.screenshot({ path: testInfo.outputPath('reports-preview.png') });

  await app.page.getByRole('button', { name: 'Generate all due (5)' }).click();
  await expect(app.page.getByTestId('generation-summary')).toHaveText('5 written.');
  await expect(app.page.getByText('Nobody is due today.')).toBeVisible();

  const files = (await readdir(out)).filter((f) => f.endsWith('.docx')).sort();
  expect(files).toEqual([
    '2026-11-20 Checkout Payments Migration - Aisha Rahman (status-update).docx',
    '2026-11-20 Checkout Payments Migration - Dana Whitfield (executive-brief).docx',
    '2026-11-20 Checkout Payments Migration - Lucía Fernández (status-update).docx',
    '2026-11-20 Checkout Payments Migration - Marcus Oyelaran (status-update).docx',
    '2026-11-20 Checkout Payments Migration - Sofia Marchetti (partner-update).docx',
  ]);
  const saved = await savedProgram(app.programPath as string);
  expect(saved.reports.map((r) => r.stakeholderIds[0]).sort()).toEqual([
    's-cfo',
    's-provider',
    's-sec',
    's-support',
    's-vpe',
  ]);
  expect(saved.stakeholders.find((s) => s.id === 's-cfo')?.lastUpdateAt).toBe('2026-11-20');
  expect(Object.keys(saved.reports[0]?.snapshot ?? {}).length).toBeGreaterThan(5);
  // What the app wrote opens where readers open it.
  const paths = files.map((f) => join(out, f));
  expect(pythonDocxFailures(paths)).toEqual([]);
  expect(libreOfficeFailures(paths)).toEqual([]);
});

test('an email reader is offered the email body, a chat reader the plain text', async ({ app }) => {
  const shell = new Shell(app.page);
  await shell.goTo('Reports');
  // Dana Whitfield (the CFO) reads email.
  await app.page
    .getByRole('row', { name: /Dana Whitfield/ })
    .getByRole('button', { name: 'Preview' })
    .click();
  await expect(app.page.getByRole('button', { name: 'Copy as email' })).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Copy as text' })).toHaveCount(0);
  // Tomás Beltrán (staff engineer) reads chat; he is not due, so pick him as any reader.
  await app.page.getByLabel('Reader').selectOption({ label: 'Tomás Beltrán' });
  await app.page.getByRole('button', { name: 'Preview', exact: true }).last().click();
  await expect(app.page.getByRole('article', { name: 'Document preview' })).toContainText(
    'For Tomás Beltrán',
  );
  await expect(app.page.getByRole('button', { name: 'Copy as text' })).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Copy as email' })).toHaveCount(0);
});

test('a stakeholder row writes that reader’s report, never over an existing file', async ({ app }) => {
  test.skip(
    app.mode !== 'browser',
    'the output folder is chosen with the browser mode’s chooser; Electron uses its native dialog',
  );
  const shell = new Shell(app.page);
  await shell.goTo('Stakeholders');
  const out = join(app.dir, 'docs');
  // Chosen right there, on the screen the report is written from.
  await new ReportsPage(app.page).useNewFolderBesideProgram('docs');
  await expect(app.page.getByTestId('stakeholders-output-dir')).toHaveText(out);
  const generate = app.page.getByRole('button', { name: 'Generate report for Kenji Watanabe' });
  await generate.click();
  await expect(app.page.getByTestId('generation-summary')).toHaveText('1 written.');
  await generate.click();
  await expect(app.page.getByTestId('generation-summary')).toHaveText('1 written.');
  await expect(async () => {
    expect((await readdir(out)).filter((f) => f.endsWith('.docx')).sort()).toEqual([
      '2026-11-20 Checkout Payments Migration - Kenji Watanabe (partner-update) (2).docx',
      '2026-11-20 Checkout Payments Migration - Kenji Watanabe (partner-update).docx',
    ]);
  }).toPass();
  const saved = await savedProgram(app.programPath as string);
  expect(saved.reports).toHaveLength(2);
});

test('one report from Reports: the result stays in her row with its actions, focus too; History and her panel list it', async ({
  app,
}, testInfo) => {
  test.skip(app.mode !== 'browser', 'the output folder is chosen with the browser mode’s chooser');
  const shell = new Shell(app.page);
  const reports = new ReportsPage(app.page);
  await shell.goTo('Reports');
  const chooser = await reports.openFolderChooser();
  await expect(chooser.getByRole('button', { name: 'Program’s folder' })).toBeVisible();
  await app.page.screenshot({ path: testInfo.outputPath('folder-chooser.png') });
  await chooser.getByRole('button', { name: 'Cancel' }).click();
  await reports.useNewFolderBesideProgram('out');

  const row = reports.dueRow('Dana Whitfield');
  await row.getByRole('button', { name: 'Generate for Dana Whitfield' }).click();
  const file = '2026-11-20 Checkout Payments Migration - Dana Whitfield (executive-brief).docx';
  const result = row.getByRole('status', { name: 'Result for Dana Whitfield' });
  await expect(result).toContainText(file);
  await expect(result).toBeInViewport();
  await expect(result.getByRole('button', { name: `Open email draft of ${file}` })).toBeVisible();
  await expect(result.getByRole('button', { name: `Show ${file} in folder` })).toBeVisible();
  // Focus stays on her row: one more Enter writes nobody else's report.
  expect(await row.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await app.page.keyboard.press('Enter');
  await app.page.screenshot({ path: testInfo.outputPath('result-after-one-report.png') });
  const out = join(app.dir, 'out');
  expect((await readdir(out)).sort()).toEqual([file, file.replace(/\.docx$/, '.eml')]);
  // The others due still have their own buttons, and the order did not move.
  await expect(
    reports.dueRow('Lucía Fernández').getByRole('button', { name: 'Generate for Lucía Fernández' }),
  ).toBeEnabled();

  const history = await reports.showHistory();
  const entry = history.getByRole('row', { name: /Dana Whitfield/ });
  await expect(entry).toContainText('executive-brief');
  await expect(entry).toContainText('20 Nov 2026');
  await expect(entry).toContainText(file);
  await expect(entry.getByRole('button', { name: `Show ${file} in folder` })).toBeVisible();
  await entry.getByText(/\d+ items/).click();
  await expect(entry).toContainText('PCI DSS 4.0 assessment passed');
  await app.page.screenshot({ path: testInfo.outputPath('history.png'), fullPage: true });

  await shell.goTo('Stakeholders');
  await app.page.getByRole('button', { name: 'Details for Dana Whitfield' }).click();
  const panel = app.page.getByRole('complementary', { name: 'Details of Dana Whitfield' });
  const sent = panel.getByRole('region', { name: 'Reports sent' });
  await expect(sent).toContainText(file);
  await expect(sent.getByTestId('next-due')).toHaveText('4 Dec 2026');
});

test.describe('after the reporting period', () => {
  test.use({ today: '2026-12-01' });

  test('Reports warns, the preview too, and Start next period moves it by its own length, undoably', async ({
    app,
  }) => {
    const shell = new Shell(app.page);
    await shell.goTo('Reports');
    const warning = app.page.getByRole('status', { name: 'Reporting period' });
    await expect(warning).toContainText('The reporting period ended on 20 Nov 2026.');
    await app.page.getByLabel('Reader').selectOption({ label: 'Dana Whitfield' });
    await app.page.getByRole('button', { name: 'Preview', exact: true }).last().click();
    await expect(app.page.getByLabel('This document’s period')).toContainText(
      'The reporting period ended on 20 Nov 2026.',
    );

    await warning.getByRole('button', { name: 'Start next period (21 Nov – 2 Dec 2026)' }).click();
    await expect(warning).toHaveCount(0);
    await expect(app.page.getByRole('article', { name: 'Document preview' })).toContainText(
      '21 Nov – 2 Dec 2026',
    );
    await expect(async () => {
      expect((await savedProgram(app.programPath as string)).program.period).toEqual({
        start: '2026-11-21',
        end: '2026-12-02',
      });
    }).toPass();
    await app.page.getByRole('button', { name: /^Undo Start the next period/ }).click();
    await expect(app.page.getByRole('status', { name: 'Reporting period' })).toContainText('20 Nov 2026');
  });
});
