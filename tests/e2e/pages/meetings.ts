/** The Meetings screen, as a user names what they see and do there. */
import type { Locator, Page } from '@playwright/test';
import { basename } from 'node:path';
import { ReportsPage } from './reports.ts';
import { Shell } from './shell.ts';

export class MeetingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await new Shell(this.page).goTo('Meetings');
  }

  /** A meeting in the list on the left. */
  listed(title: string): Locator {
    return this.page
      .getByRole('navigation', { name: 'Meetings' })
      .getByRole('button', { name: new RegExp(title) });
  }

  async select(title: string): Promise<void> {
    await this.listed(title).click();
  }

  /** Chooses an .ics file in the import panel, as the file picker would. */
  async importFile(path: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import invitation…' }).click();
    await this.page.getByLabel('Invitation file (.ics)').setInputFiles(path);
  }

  async pasteInvitation(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import invitation…' }).click();
    await this.page.getByLabel(/Or paste the invitation/).fill(text);
    await this.page.getByRole('button', { name: 'Read pasted text' }).click();
  }

  importPanel(): Locator {
    return this.page.getByRole('region', { name: 'Import an invitation' });
  }

  /** The checkbox that adds someone not on the map. */
  addToMap(email: string): Locator {
    return this.page.getByRole('checkbox', { name: `Add ${email} to the map` });
  }

  async confirmImport(): Promise<void> {
    await this.page.getByRole('button', { name: /^Import (meeting|\d+ meetings)$/ }).click();
  }

  detail(): Locator {
    return this.page.getByRole('article');
  }

  async tab(name: 'Checklist' | 'After the meeting'): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  async prepare(): Promise<void> {
    await this.page.getByRole('button', { name: /^Prepare (checklist|again)$/ }).click();
  }

  /** A checklist item's checkbox under an attendee (or "Agenda"), by its text there. */
  item(group: string, text: string | RegExp): Locator {
    return this.attendeeGroup(group).getByRole('checkbox', { name: text });
  }

  progress(): Locator {
    return this.page.getByTestId('checklist-progress');
  }

  attendeeGroup(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** One attendee's card in "After the meeting". */
  outcomeCard(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  /** Makes the folder `path` names beside the program with the folder chooser, and uses it. */
  async useOutputFolder(path: string): Promise<void> {
    await new ReportsPage(this.page).useNewFolderBesideProgram(basename(path));
  }
}
