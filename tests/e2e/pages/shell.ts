/** Page objects: what a user sees and does, named as they would name it. */
import type { Locator, Page } from '@playwright/test';

export class Shell {
  constructor(readonly page: Page) {}

  programName(): Locator {
    return this.page.getByTestId('program-name');
  }

  async goTo(screen: 'Program' | 'Stakeholders' | 'Reports' | 'Meetings' | 'Plan'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('button', { name: screen, exact: true })
      .click();
  }

  stakeholderTable(): Locator {
    // An editable grid (arrow keys, in-place editing) since the stakeholder map became one.
    return this.page.getByRole('grid', { name: 'Stakeholders' });
  }

  /** Names in the stakeholder table, in display order. */
  async stakeholderNames(): Promise<string[]> {
    const rows = this.stakeholderTable().locator('[role=rowgroup].data-table__body [role=row]');
    return rows.evaluateAll((els) =>
      els
        .map((el) => ({
          top: Number((el as HTMLElement).style.transform.replace(/[^\d.]/g, '')),
          text: el.querySelector('[role=gridcell] strong')?.textContent ?? '',
        }))
        .sort((a, b) => a.top - b.top)
        .map((r) => r.text),
    );
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search Stakeholders' }).fill(text);
  }
}

export class Welcome {
  constructor(readonly page: Page) {}

  /** Opens a program by typing its path (the browser mode has no file dialog). */
  async open(path: string): Promise<void> {
    await this.page.getByLabel('Open a program file').fill(path);
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
  }

  async createDemo(path: string): Promise<void> {
    await this.page.getByLabel('Create a new program from the demo').fill(path);
    await this.page.getByRole('button', { name: 'Create', exact: true }).click();
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }
}
