/** Page object of the Reports screen: the output folder and its chooser, the due table, History. */
import { expect, type Locator, type Page } from '@playwright/test';

export class ReportsPage {
  constructor(readonly page: Page) {}

  folderChooser(): Locator {
    return this.page.getByRole('dialog', { name: 'Choose a folder' });
  }

  /** Opens the browser mode's folder chooser from the first output-folder control on the screen. */
  async openFolderChooser(): Promise<Locator> {
    await this.page
      .getByRole('button', { name: /^(Choose|Change) folder…$/ })
      .first()
      .click();
    return this.folderChooser();
  }

  /** Makes `name` in the program's folder with the chooser and uses it; returns nothing, check the shown path. */
  async useNewFolderBesideProgram(name: string): Promise<void> {
    const chooser = await this.openFolderChooser();
    await chooser.getByRole('button', { name: 'Program’s folder' }).click();
    await chooser.getByLabel('New folder here').fill(name);
    await chooser.getByRole('button', { name: 'Create' }).click();
    await expect(chooser.getByTestId('folder-chooser-path')).toHaveText(new RegExp(`[/\\\\]${name}$`));
    await chooser.getByRole('button', { name: 'Use this folder' }).click();
    await expect(chooser).toHaveCount(0);
  }

  dueRow(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Due for an update' })
      .getByRole('row', { name: new RegExp(name) });
  }

  async showHistory(): Promise<Locator> {
    await this.page
      .getByRole('group', { name: 'Reports view' })
      .getByRole('button', { name: /^History/ })
      .click();
    return this.page.getByRole('table', { name: 'Reports written' });
  }
}
