/** Page object of the Program screen: the record editor, named as a user would name what they do. */
import type { Locator, Page } from '@playwright/test';

export type RecordSection =
  | 'Program'
  | 'Objectives'
  | 'Milestones'
  | 'Risks'
  | 'Decisions'
  | 'Dependencies'
  | 'Wins'
  | 'Metrics'
  | 'Actions';

export class ProgramPage {
  constructor(readonly page: Page) {}

  async open(section: RecordSection): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('button', { name: 'Program', exact: true })
      .click();
    await this.page
      .getByRole('navigation', { name: 'Record sections' })
      .getByRole('button', { name: new RegExp(`^${section}\\b`) })
      .click();
  }

  /** A section's table: a grid, since its cells edit in place. */
  table(name: string): Locator {
    return this.page.getByRole('grid', { name });
  }

  /** One cell of an item's row, by column id (status, ownerId, baseline...). */
  cell(table: string, title: string, column: string): Locator {
    return this.row(table, title).locator(`[data-col="${column}"]`);
  }

  /** Opens a cell's editor with the mouse: a click makes it active, a second click edits it. */
  async editCell(table: string, title: string, column: string): Promise<void> {
    const cell = this.cell(table, title, column);
    await cell.click();
    await cell.click();
  }

  /** The row of the item titled `title` in the section's table. */
  row(table: string, title: string): Locator {
    return this.table(table)
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: title, exact: true }) });
  }

  /** Opens an item's form by clicking its title in the table. */
  async select(table: string, title: string): Promise<Locator> {
    await this.row(table, title).getByRole('button', { name: title, exact: true }).click();
    return this.detail();
  }

  detail(): Locator {
    return this.page.locator('section.detail');
  }

  async add(noun: string, title: string): Promise<Locator> {
    await this.page.getByLabel(`New ${noun} title`).fill(title);
    await this.page.getByRole('button', { name: `Add ${noun}`, exact: true }).click();
    return this.detail();
  }

  timeline(): Locator {
    return this.page.getByRole('figure', { name: 'Milestone timeline' });
  }

  heatMap(): Locator {
    return this.page.getByRole('figure', { name: 'Risk heat map' });
  }

  heatCell(likelihood: number, impact: number): Locator {
    return this.heatMap().getByRole('button', {
      name: new RegExp(`^Likelihood ${likelihood}, impact ${impact}:`),
    });
  }

  honestPanel(): Locator {
    return this.page.getByLabel('Honest status');
  }
}
