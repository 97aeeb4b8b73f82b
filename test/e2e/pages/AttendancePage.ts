import type { Locator, Page } from 'playwright-core';
import { chooseFromList, chooseWithArrows, tabTo, waitForFocus } from '../support/keyboardFocus';
import type { MeetingEditorPage } from './MeetingEditorPage';

/** The attendance list and the meeting's roles, worked from the keyboard only. */
export class AttendancePage {
  constructor(
    readonly page: Page,
    private readonly minutes: MeetingEditorPage,
  ) {}

  /** "/närvaro" (or "/justerare" …) typed on a line of its own puts the keyboard in the list. */
  static async openBySlash(minutes: MeetingEditorPage, query: string): Promise<AttendancePage> {
    await minutes.slashCommand(query, 'Närvaro, jäv och roller');
    const attendance = new AttendancePage(minutes.page, minutes);
    await waitForFocus(attendance.root);
    return attendance;
  }

  get root(): Locator {
    return this.page.getByRole('region', { name: 'Närvaro', exact: true });
  }

  row(name: string): Locator {
    return this.root.locator('li.attendee').filter({ has: this.page.locator('.attendee-name', { hasText: name }) });
  }

  /** Adds a person to a group ("Ledamot", "Övrig närvarande"): a name nobody has is added to the register. */
  async add(name: string, group: string): Promise<void> {
    const addAs = this.root.getByRole('combobox', { name: 'Lägg till som' });
    await tabTo(addAs);
    await chooseWithArrows(addAs, group);
    const person = this.root.getByRole('combobox', { name: 'Lägg till person …' });
    await tabTo(person);
    await this.page.keyboard.type(name);
    await chooseFromList(this.root.getByRole('listbox', { name: 'Lägg till person …' }), `Lägg till ”${name}” i registret`);
    await this.row(name).waitFor();
  }

  /** The status of a person: the arrow keys move through närvarande, frånvarande, anmält förhinder. */
  async setStatus(name: string, status: 'Närvarande' | 'Frånvarande' | 'Anmält förhinder'): Promise<void> {
    const group = this.root.getByRole('radiogroup', { name: `Närvaro för ${name}` });
    await tabTo(group);
    const wanted = group.getByRole('radio', { name: status });
    for (let presses = 0; !(await wanted.isChecked()); presses += 1) {
      if (presses >= 3) throw new Error(`the arrows never checked ${status} for ${name}`);
      await this.page.keyboard.press('ArrowRight');
    }
  }

  /**
   * "+ Lägg till roll", the role chosen with the arrows, and the person by completion; with `fromItem`
   * ("§ 2") the "Från §" list is reached by Tab and that § chosen with the arrows.
   */
  async addRole(role: string, name: string, options: { fromItem?: string } = {}): Promise<void> {
    const roles = this.root.getByRole('group', { name: 'Roller' });
    const before = await roles.locator('li.role-row').count();
    await tabTo(roles.getByRole('button', { name: '+ Lägg till roll' }));
    await this.page.keyboard.press('Enter');
    const row = roles.locator('li.role-row').nth(before);
    const select = row.getByRole('combobox', { name: 'Roll', exact: true });
    await tabTo(select);
    await chooseWithArrows(select, role);
    const person = row.getByRole('combobox', { name: `Vem är ${role}` });
    await tabTo(person);
    await this.page.keyboard.type(name);
    await chooseFromList(row.getByRole('listbox'), name);
    await waitForFocus(person);
    if (options.fromItem === undefined) return;
    const from = row.getByRole('combobox', { name: 'Från §' });
    await tabTo(from);
    const label = await from.evaluate((element: HTMLSelectElement, prefix) => Array.from(element.options, (option) => option.text).find((text) => text.startsWith(`${prefix} `)), options.fromItem);
    if (label === undefined) throw new Error(`no ${options.fromItem} in the "Från §" list of ${role}`);
    await chooseWithArrows(from, label);
  }

  /** Escape gives the keyboard back to the text where it was. */
  async leave(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await waitForFocus(this.minutes.editor, { exact: true });
  }
}
