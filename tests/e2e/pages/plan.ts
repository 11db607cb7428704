/** The Plan screen, as a user names what they see and do there. */
import type { Locator, Page } from '@playwright/test';

export class PlanPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('button', { name: 'Plan', exact: true })
      .click();
  }

  matrix(): Locator {
    return this.page.getByRole('grid', { name: 'Communication plan matrix' });
  }

  /** One cell of a person's matrix row, by column id (template, detail, channel, cadence, ...). */
  cell(name: string, column: string): Locator {
    return this.matrix()
      .locator('.data-table__body [role=row]')
      .filter({ has: this.page.locator('strong', { hasText: new RegExp(`^${name}$`) }) })
      .locator(`[data-col="${column}"]`);
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search Communication plan matrix' }).fill(text);
  }

  /** Edits a select cell in place: double-click, choose. */
  async editChoice(name: string, column: string, value: string): Promise<void> {
    await this.cell(name, column).dblclick();
    await this.cell(name, column).locator('select.cell-editor').selectOption(value);
  }

  /** A week of the calendar by its title ("Week 2 · 27 Nov – 3 Dec 2026"). */
  week(title: string): Locator {
    return this.page.getByTestId('plan-calendar').getByRole('region', { name: title, exact: true });
  }

  calendar(): Locator {
    return this.page.getByTestId('plan-calendar');
  }

  async showWeeks(n: 4 | 8 | 12): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Weeks shown' })
      .getByRole('button', { name: `${n} weeks` })
      .click();
  }

  /** Plans a touchpoint through the form: a date, the people (found by name), a purpose, a channel. */
  async planTouchpoint(t: {
    date: string;
    people: string[];
    purpose: string;
    channel: string;
  }): Promise<void> {
    await this.page.getByRole('button', { name: 'Plan a touchpoint' }).click();
    const form = this.page.getByRole('form', { name: 'Add touchpoint' });
    await form.getByLabel('Date', { exact: true }).fill(t.date);
    await form.getByLabel('Purpose', { exact: true }).fill(t.purpose);
    await form.getByLabel('Channel', { exact: true }).selectOption(t.channel);
    for (const name of t.people) {
      await form.getByRole('searchbox').fill(name);
      await form
        .getByRole('list', { name: 'Matching people' })
        .getByRole('button', { name: new RegExp(name) })
        .click();
    }
    await form.getByRole('button', { name: 'Add touchpoint' }).click();
  }

  /** A planned communication in the list, by its purpose. */
  touchpoint(purpose: string): Locator {
    return this.page
      .getByRole('list', { name: 'Planned communications' })
      .getByRole('listitem', { name: purpose });
  }

  async export(which: 'Export Word plan' | 'Export matrix CSV' | 'Export calendar (.ics)'): Promise<void> {
    await this.page.getByRole('button', { name: which }).click();
  }

  /** The paths of the files the last export wrote. */
  exported(): Locator {
    return this.page.getByTestId('plan-exported');
  }

  async undo(): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press('Control+z');
  }
}
