import type { Locator, Page } from 'playwright-core';
import { chooseWithArrows, tabTo } from '../support/keyboardFocus';
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

  /**
   * "Nytt möte" from the keyboard only: Tab to the button, Enter, choose the template with the
   * arrow keys, type the title, Enter creates the meeting.
   */
  async createMeetingByKeyboard(options: { template: string; title: string }): Promise<MeetingEditorPage> {
    const keyboard = this.page.keyboard;
    await tabTo(this.page.getByRole('button', { name: 'Nytt möte' }));
    await keyboard.press('Enter');
    const form = this.page.getByRole('dialog', { name: 'Nytt möte' });
    const template = form.getByRole('combobox', { name: 'Mall' });
    await template.locator('option', { hasText: options.template }).waitFor({ state: 'attached' });
    await tabTo(template);
    await chooseWithArrows(template, options.template);
    const title = form.getByRole('textbox', { name: 'Rubrik' });
    await tabTo(title);
    await keyboard.press('Control+A');
    await keyboard.type(options.title);
    await keyboard.press('Enter');
    const editor = new MeetingEditorPage(this.page);
    await editor.waitUntilOpen();
    return editor;
  }

  /** "Öppna exempelmöte" on the empty list: the example meeting, every kind of entry in it. */
  async openSample(): Promise<MeetingEditorPage> {
    await this.page.getByRole('button', { name: 'Öppna exempelmöte' }).click();
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
