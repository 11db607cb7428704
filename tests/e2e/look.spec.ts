/**
 * Every screen, light and dark, at 1024×700 and 1920×1080: axe finds no serious or critical
 * accessibility problem, nothing outside a table runs past the window's right edge; with
 * LIAISON_SCREENS set, a screenshot of each is kept (`node scripts/screens.mjs`). Also: the theme
 * switch is remembered, and a reload comes back to the same screen and selection.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { ProgramPage, type RecordSection } from './pages/program.ts';
import { ReportsPage } from './pages/reports.ts';
import { Shell } from './pages/shell.ts';
import { StakeholdersPage } from './pages/stakeholders.ts';

/**
 * LIAISON_SCREENS=<dir> saves a PNG of every screen at each size and scheme there
 * (`<screen>-<width>-<scheme>.png`), to look at; unset, no screenshot is taken.
 */
const SCREENS_DIR = process.env.LIAISON_SCREENS ? resolve(process.env.LIAISON_SCREENS) : null;
if (SCREENS_DIR) mkdirSync(SCREENS_DIR, { recursive: true });

interface View {
  name: string;
  open: (page: Page) => Promise<void>;
}

const SECTIONS: RecordSection[] = [
  'Program',
  'Objectives',
  'Milestones',
  'Risks',
  'Decisions',
  'Dependencies',
  'Wins',
  'Metrics',
  'Actions',
];

const VIEWS: View[] = [
  ...SECTIONS.map((section) => ({
    name: `program-${section.toLowerCase()}`,
    open: (page: Page) => new ProgramPage(page).open(section),
  })),
  { name: 'stakeholders-table', open: (page) => new Shell(page).goTo('Stakeholders') },
  {
    name: 'stakeholders-grid',
    open: async (page) => {
      await new Shell(page).goTo('Stakeholders');
      await new StakeholdersPage(page).view('Grid');
    },
  },
  { name: 'reports', open: (page) => new Shell(page).goTo('Reports') },
  {
    name: 'reports-history',
    open: async (page) => {
      await new Shell(page).goTo('Reports');
      await new ReportsPage(page).showHistory();
    },
  },
  { name: 'meetings', open: (page) => new Shell(page).goTo('Meetings') },
  { name: 'plan', open: (page) => new Shell(page).goTo('Plan') },
];

/** Elements outside any table that run past the window's right edge, named for the message. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      // A table scrolls sideways by design; what is inside it may be wider than the window.
      if (el.closest('.data-table__grid, [role=grid], [role=table], table, dialog')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Cut off by an ancestor that clips (an ellipsis), it does not show past the edge.
      let clipped = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement)
        if (getComputedStyle(up).overflowX !== 'visible' && up.getBoundingClientRect().right <= width + 1) {
          clipped = true;
          break;
        }
      if (clipped) continue;
      if (box.right > width + 1)
        found.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.right)} px)`);
    }
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page itself (${document.documentElement.scrollWidth} px wide)`);
    return found.slice(0, 10);
  });
}

/** Serious and critical axe findings, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`every screen in ${scheme}: no serious axe finding, nothing past the edge at 1024×700`, async ({
    app,
  }) => {
    test.setTimeout(120_000);
    await app.page.emulateMedia({ colorScheme: scheme });
    await expect(app.page.locator('html')).toHaveAttribute('data-theme', scheme);
    for (const size of [
      { width: 1024, height: 700 },
      { width: 1920, height: 1080 },
    ]) {
      await app.page.setViewportSize(size);
      for (const view of VIEWS) {
        await view.open(app.page);
        await app.page.waitForTimeout(100);
        if (SCREENS_DIR)
          await app.page.screenshot({ path: join(SCREENS_DIR, `${view.name}-${size.width}-${scheme}.png`) });
        expect(await overflowing(app.page), `${view.name} at ${size.width}×${size.height}`).toEqual([]);
        // axe once per screen and scheme: the colours do not change with the size.
        if (size.width === 1024) expect(await axeProblems(app.page), view.name).toEqual([]);
      }
    }
  });
}

test('the theme switch wins over the system and is remembered', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'light' });
  await app.page.getByLabel('Theme').selectOption('dark');
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.page.reload();
  await expect(app.page.getByTestId('program-name')).toBeVisible();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.page.getByLabel('Theme').selectOption('system');
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a reload comes back to the same screen, section and selected item', async ({ app }) => {
  const program = new ProgramPage(app.page);
  await program.open('Risks');
  await program.select('Risks', 'Settlement reconciliation mismatches');
  await app.page.reload();
  await expect(app.page.getByRole('grid', { name: 'Risks' })).toBeVisible();
  await expect(program.detail()).toContainText('Settlement reconciliation mismatches');
  await new Shell(app.page).goTo('Meetings');
  await app.page.reload();
  await expect(
    app.page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Meetings' }),
  ).toHaveAttribute('aria-current', 'page');
});

/** How the header shows the program's name: whether all of it is seen, and how many lines it takes. */
async function nameShown(page: Page): Promise<{ whole: boolean; lines: number; insideWindow: boolean }> {
  return new Shell(page).programName().evaluate((el) => {
    const box = el.getBoundingClientRect();
    return {
      whole: el.scrollWidth <= el.clientWidth,
      // A line of text is about 1.2 font sizes tall.
      lines: Math.round(box.height / (1.2 * parseFloat(getComputedStyle(el).fontSize))),
      insideWindow: box.left >= 0 && box.right <= document.documentElement.clientWidth,
    };
  });
}

test('at 1024 px the fixture’s program name is shown whole on one line; a very long one is cut on its one line', async ({
  app,
}) => {
  const shell = new Shell(app.page);
  for (const width of [1024, 1920]) {
    await app.page.setViewportSize({ width, height: width === 1024 ? 700 : 1080 });
    await expect(shell.programName()).toHaveText('Checkout Payments Migration');
    expect(await nameShown(app.page), `at ${width} px`).toEqual({
      whole: true,
      lines: 1,
      insideWindow: true,
    });
  }
  const long = `Checkout payments migration to the new provider in every region, ${'with the legacy gateway retired, '.repeat(8)}end`;
  await new ProgramPage(app.page).open('Program');
  const field = app.page.getByLabel('Program name');
  await field.fill(long);
  await field.press('Enter');
  await expect(shell.programName()).toHaveAttribute('title', long);
  for (const width of [1024, 1920]) {
    await app.page.setViewportSize({ width, height: width === 1024 ? 700 : 1080 });
    // Cut with an ellipsis, never wrapped, and still inside the window; the full name is its title.
    expect(await nameShown(app.page), `long name at ${width} px`).toEqual({
      whole: false,
      lines: 1,
      insideWindow: true,
    });
    expect(await overflowing(app.page), `long name at ${width} px`).toEqual([]);
  }
});
