import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ProgramFile } from '../../shared/schema/program.ts';
import { expect, test, useGeneratedProgram } from './fixtures.ts';
import { PlanPage } from './pages/plan.ts';
import { ReportsPage } from './pages/reports.ts';

const saved = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ProgramFile;

test('a touchpoint planned for the CFO next week is in the calendar and in the exported .ics', async ({
  app,
}, testInfo) => {
  test.skip(
    app.mode !== 'browser',
    'the output folder is chosen with the browser mode’s chooser; Electron uses its native dialog',
  );
  const plan = new PlanPage(app.page);
  await plan.open();
  await plan.planTouchpoint({
    date: '2026-11-27',
    people: ['Dana Whitfield'],
    purpose: 'Brief the CFO before the budget review',
    channel: 'meeting',
  });
  await expect(plan.touchpoint('Brief the CFO before the budget review')).toContainText('Dana Whitfield');
  const nextWeek = plan.week('Week 2 · 27 Nov – 3 Dec 2026');
  await expect(nextWeek).toContainText('Brief the CFO before the budget review');
  await expect(plan.week('Week 1 · 20 Nov – 26 Nov 2026')).not.toContainText('Brief the CFO');
  await expect
    .poll(() => saved(app.programPath as string).communications.map((c) => c.purpose))
    .toEqual(['Brief the CFO before the budget review']);
  await app.page.screenshot({ path: testInfo.outputPath('plan-with-touchpoint.png'), fullPage: true });

  await new ReportsPage(app.page).useNewFolderBesideProgram('plan');
  await plan.export('Export calendar (.ics)');
  await expect(plan.exported()).toHaveCount(1);
  const path = (await plan.exported().textContent()) ?? '';
  expect(path).toMatch(/Communication plan \(8 weeks\)\.ics$/);
  const ics = await readFile(path, 'utf8');
  const event = ics
    .split('BEGIN:VEVENT')
    .find((e) => e.includes('SUMMARY:Brief the CFO before the budget review'));
  expect(event).toContain('DTSTART;VALUE=DATE:20261127');
  expect(ics).toContain('SUMMARY:Send the executive brief to Dana Whitfield');

  // Ticked done, it leaves the calendar file; the next export is a new file, never over the first.
  await plan
    .touchpoint('Brief the CFO before the budget review')
    .getByRole('button', { name: 'Done' })
    .click();
  await expect(plan.touchpoint('Brief the CFO before the budget review')).toContainText('done');
  await plan.export('Export calendar (.ics)');
  await expect(plan.exported()).toHaveText(/\(2\)\.ics$/);
  const second = await readFile((await plan.exported().textContent()) ?? '', 'utf8');
  expect(second).not.toContain('Brief the CFO');
  expect(await readFile(path, 'utf8')).toBe(ics);
});

test('the matrix edits a reader’s cadence in place, the calendar follows, and undo takes it back', async ({
  app,
}) => {
  const plan = new PlanPage(app.page);
  await plan.open();
  await expect(plan.calendar()).not.toContainText('Robert Chen');
  await plan.search('Robert');
  await plan.editChoice('Robert Chen', 'cadence', 'weekly');
  await expect(plan.calendar()).toContainText('Send the status update to Robert Chen');
  await expect
    .poll(
      () =>
        saved(app.programPath as string).stakeholders.find((s) => s.id === 's-legal')?.preferences.cadence,
    )
    .toBe('weekly');
  await plan.undo();
  await expect(plan.calendar()).not.toContainText('Robert Chen');
  await plan.showWeeks(4);
  await expect(plan.calendar().getByRole('region')).toHaveCount(4);
});

test.describe('what the screen looks like', () => {
  test('with the fixture', async ({ app }, testInfo) => {
    const plan = new PlanPage(app.page);
    await plan.open();
    await expect(plan.matrix().locator('.data-table__body [role=row]')).toHaveCount(10);
    await app.page.screenshot({ path: testInfo.outputPath('plan-fixture.png') });
    await plan.week('Week 1 · 20 Nov – 26 Nov 2026').scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: testInfo.outputPath('plan-fixture-calendar.png') });
  });

  test.describe('with 1,000 generated people', () => {
    useGeneratedProgram('plan-1000', 1000, 300);

    test('the matrix draws only the rows on screen', async ({ app }, testInfo) => {
      const plan = new PlanPage(app.page);
      await plan.open();
      await expect(plan.page.getByTestId('row-count')).toHaveText('1000 of 1000');
      expect(await plan.matrix().locator('.data-table__body [role=row]').count()).toBeLessThan(60);
      await expect(plan.week('Week 1 · 20 Nov – 26 Nov 2026')).toContainText('Show all');
      await app.page.screenshot({ path: testInfo.outputPath('plan-1000.png') });
      await plan.week('Week 1 · 20 Nov – 26 Nov 2026').scrollIntoViewIfNeeded();
      await app.page.screenshot({ path: testInfo.outputPath('plan-1000-calendar.png') });
    });
  });
});
