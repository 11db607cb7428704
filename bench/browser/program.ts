/**
 * The Program screen in Chromium on a program of 1,000 people and 5,000 items: opening a section
 * of 1,000 rows, opening a form, editing a status in the table until main has saved the file, and
 * opening Risks with its heat map. Timed from Playwright (the action to the awaited result), so the
 * figures include the round trip; the targets are the ones the end-to-end test once asserted
 * (3 s to open, 5 s to edit and save). Prints figures; asserts nothing.
 */
import { generateProgram } from '../../tests/helpers/generate-program.ts';
import { summarize, TODAY, withServedProgram } from './serve.ts';
import type { Page } from '@playwright/test';

const RUNS = 5;

/** Milliseconds `act` took, by the wall clock (this is a benchmark, not a test). */
async function timed(act: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await act();
  return performance.now() - start;
}

async function openSection(page: Page, section: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Screens' })
    .getByRole('button', { name: 'Program', exact: true })
    .click();
  await page
    .getByRole('navigation', { name: 'Record sections' })
    .getByRole('button', { name: new RegExp(`^${section}\\b`) })
    .click();
  await page.getByTestId('row-count').filter({ hasText: '1000 of 1000' }).waitFor();
}

/** Times the Program screen against the renderer built in `outDir`. */
export async function benchProgramScreen(outDir: string): Promise<void> {
  const program = generateProgram({ stakeholders: 1000, items: 5000, today: TODAY });
  await withServedProgram(outDir, program, async (page) => {
    const samples = {
      open: [] as number[],
      form: [] as number[],
      edit: [] as number[],
      risks: [] as number[],
    };
    const table = page.getByRole('grid', { name: 'Milestones' });
    for (let i = 0; i < RUNS; i++) {
      samples.open.push(await timed(() => openSection(page, 'Milestones')));
      const title = table.getByRole('button', { name: 'Milestone 0', exact: true });
      samples.form.push(
        await timed(async () => {
          await title.click();
          await page.locator('section.detail').filter({ hasText: 'Milestone 0' }).waitFor();
        }),
      );
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name: 'Milestone 0', exact: true }) });
      const status = row.locator('[data-col="status"]');
      await status.dblclick();
      const select = row.getByLabel('Status of Milestone 0');
      const next = (await select.inputValue()) === 'late' ? 'done' : 'late';
      samples.edit.push(
        await timed(async () => {
          const saved = page.waitForResponse((r) => r.url().endsWith('/api/file:apply'));
          await select.selectOption(next);
          await saved;
          await status.filter({ hasText: next }).waitFor();
        }),
      );
      // The selection is kept per section: close the form so the next round opens it again.
      await page.locator('section.detail').getByRole('button', { name: 'Close' }).click();
      samples.risks.push(await timed(() => openSection(page, 'Risks')));
    }
    console.log('\nProgram screen in Chromium (1,000 people, 5,000 items)');
    console.log(summarize({ name: 'open Milestones (1,000 rows)', samples: samples.open, target: 3000 }));
    console.log(summarize({ name: 'open a milestone form', samples: samples.form, target: 3000 }));
    console.log(summarize({ name: 'edit a status until saved', samples: samples.edit, target: 5000 }));
    console.log(summarize({ name: 'open Risks with the heat map', samples: samples.risks, target: 3000 }));
  });
}
