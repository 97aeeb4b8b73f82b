import type { Locator, Page } from 'playwright-core';
import { MeetingEditorPage } from './MeetingEditorPage';

/** The meeting list, as a secretary sees it: "Möten", "Nytt möte", the meetings. */
export class MeetingListPage {
  constructor(readonly page: Page) {}

  /** Opens the address the preview printed (it carries the token) and waits for the list. */
  static async open(page: Page, previewUrl: string): Promise<MeetingListPage> {
    await page.goto(previewUrl);
    const list = new MeetingListPage(page);
    await list.heading.waitFor();
    return list;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Möten' });
  }

  /** The notice shown when the database was found corrupt and moved aside at start. */
  get recoveredDatabaseNotice(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Databasen var skadad' });
  }

  /** "Nytt möte", then "Skapa möte" with the form's defaults (the board-meeting template). */
  async createMeeting(title?: string): Promise<MeetingEditorPage> {
    await this.page.getByRole('button', { name: 'Nytt möte' }).click();
    const form = this.page.getByRole('dialog', { name: 'Nytt möte' });
    if (title !== undefined) await form.getByLabel('Rubrik').fill(title);
    await form.getByRole('button', { name: 'Skapa möte' }).click();
    const editor = new MeetingEditorPage(this.page);
    await editor.waitUntilOpen();
    return editor;
  }

  /** Opens a meeting by clicking its title in the list. */
  async openMeeting(title: string): Promise<MeetingEditorPage> {
    await this.page.getByRole('link', { name: title, exact: true }).click();
    const editor = new MeetingEditorPage(this.page);
    await editor.waitUntilOpen();
    return editor;
  }
}
