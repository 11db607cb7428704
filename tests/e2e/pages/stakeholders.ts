/** Page object of the Stakeholders screen: the table, the grid, the detail panel, CSV import and export. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { ProgramFile, Stakeholder } from '../../../shared/schema/program.ts';
import { Shell } from './shell.ts';

export class StakeholdersPage {
  readonly shell: Shell;

  constructor(readonly page: Page) {
    this.shell = new Shell(page);
  }

  async open(): Promise<void> {
    await this.shell.goTo('Stakeholders');
  }

  table(): Locator {
    return this.page.getByRole('grid', { name: 'Stakeholders' });
  }

  rowCount(): Locator {
    return this.page.getByTestId('row-count');
  }

  /** The table row of the person named `name`. */
  row(name: string): Locator {
    return this.table()
      .locator('.data-table__body [role=row]')
      .filter({ has: this.page.locator('strong', { hasText: new RegExp(`^${name}$`) }) });
  }

  /** One cell of a person's row, by column id (name, title, email, stance, ...). */
  cell(name: string, column: string): Locator {
    return this.row(name).locator(`[data-col="${column}"]`);
  }

  /** A cell found by the person's id: stays found while the name cell is being edited. */
  cellById(id: string, column: string): Locator {
    return this.table().locator(`[data-row-id="${id}"] [data-col="${column}"]`);
  }

  /** Edits a text cell in place: double-click, type, Enter. */
  async editText(name: string, column: string, value: string): Promise<void> {
    await this.cell(name, column).dblclick();
    const editor = this.cell(name, column).locator('input.cell-editor');
    await editor.fill(value);
    await editor.press('Enter');
  }

  /** Edits a select cell in place: double-click, choose. */
  async editChoice(name: string, column: string, value: string): Promise<void> {
    await this.cell(name, column).dblclick();
    await this.cell(name, column).locator('select.cell-editor').selectOption(value);
  }

  async filter(label: string, value: string): Promise<void> {
    await this.page.getByRole('group', { name: 'Filter Stakeholders' }).getByLabel(label).selectOption(value);
  }

  async showColumn(label: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Columns/ }).click();
    await this.page.getByRole('group', { name: 'Columns of Stakeholders' }).getByLabel(label).check();
    await this.page.keyboard.press('Escape');
  }

  async addPerson(name: string, email = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person' }).click();
    await this.page.getByLabel('Name of the new person').fill(name);
    if (email) await this.page.getByLabel('Email of the new person').fill(email);
    await this.page
      .getByRole('form', { name: 'Add a person' })
      .getByRole('button', { name: 'Add', exact: true })
      .click();
  }

  async openDetails(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Details for ${name}` }).click();
    return this.details(name);
  }

  details(name: string): Locator {
    return this.page.getByRole('complementary', { name: `Details of ${name}` });
  }

  async view(which: 'Table' | 'Grid'): Promise<void> {
    await this.page.getByRole('group', { name: 'View' }).getByRole('button', { name: which }).click();
  }

  /** A person's dot on the grid. */
  dot(id: string): Locator {
    return this.page.locator(`[data-person="${id}"]`);
  }

  /** Drags a person's dot, with the mouse, into the grid cell for `influence` and `interest`. */
  async drag(id: string, influence: string, interest: string): Promise<void> {
    const from = await this.dot(id).locator('circle').last().boundingBox();
    const to = await this.page.locator(`[data-cell="${influence}-${interest}"]`).boundingBox();
    if (!from || !to) throw new Error('the dot or the target cell is not on screen');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Chooses a CSV in the file chooser; the import dialog opens with its preview. */
  async chooseCsv(path: string): Promise<Locator> {
    await this.page.getByLabel('CSV file to import').setInputFiles(path);
    return this.page.getByRole('dialog', { name: /^Import / });
  }

  /** Ctrl+Z with the focus on no field (a field's own undo would take it). */
  async undo(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('Control+z');
  }
}

/** The program file as it is on disk now. */
export async function saved(path: string): Promise<ProgramFile> {
  return JSON.parse(await readFile(path, 'utf8')) as ProgramFile;
}

export async function savedPerson(
  path: string,
  match: (s: Stakeholder) => boolean,
): Promise<Stakeholder | undefined> {
  return (await saved(path)).stakeholders.find(match);
}
