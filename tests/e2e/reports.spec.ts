import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { expect, test } from './fixtures.ts';
import { libreOfficeFailures, pythonDocxFailures } from '../helpers/office.ts';
import { Shell } from './pages/shell.ts';

async function savedProgram(path: string): Promise<ProgramFile> {
  return JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
}

test('generate all due writes one document per due reader and records each in the file', async ({
  app,
}, testInfo) => {
  test.skip(
    app.mode !== 'browser',
    'the output folder is typed in the browser mode; Electron uses its native dialog',
  );
  const shell = new Shell(app.page);
  await shell.goTo('Reports');
  const out = join(app.dir, 'documents');
  await app.page.getByLabel('Output folder').fill(out);
  await app.page.getByRole('button', { name: 'Use this folder' }).click();
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

  const files = (await readdir(out)).sort();
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
    'the output folder is typed in the browser mode; Electron uses its native dialog',
  );
  const shell = new Shell(app.page);
  await shell.goTo('Reports');
  const out = join(app.dir, 'docs');
  await app.page.getByLabel('Output folder').fill(out);
  await app.page.getByRole('button', { name: 'Use this folder' }).click();
  await expect(app.page.getByTestId('output-dir')).toHaveText(out);
  await shell.goTo('Stakeholders');
  const generate = app.page.getByRole('button', { name: 'Generate report for Kenji Watanabe' });
  await generate.click();
  await expect(app.page.getByTestId('generation-summary')).toHaveText('1 written.');
  await generate.click();
  await expect(app.page.getByTestId('generation-summary')).toHaveText('1 written.');
  await expect(async () => {
    expect((await readdir(out)).sort()).toEqual([
      '2026-11-20 Checkout Payments Migration - Kenji Watanabe (partner-update) (2).docx',
      '2026-11-20 Checkout Payments Migration - Kenji Watanabe (partner-update).docx',
    ]);
  }).toPass();
  const saved = await savedProgram(app.programPath as string);
  expect(saved.reports).toHaveLength(2);
});
