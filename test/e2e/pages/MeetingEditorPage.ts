import type { Editor } from '@tiptap/core';
import type { Locator, Page } from 'playwright-core';
import { chooseFromList, tabTo, waitForFocus } from '../support/keyboardFocus';
import type { AgendaItemText } from '../support/minutesDatabase';

/** The text block that holds the caret, as the keyboard methods check it. */
export type CaretPlace = 'title' | 'paragraph' | 'listItem' | 'attClause' | 'assignment' | 'attachment' | 'elsewhere';

/** One character typed, and when (Date.now() in the test process) the page had taken it. */
export interface TypedCharacter {
  char: string;
  at: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A meeting open for minute-taking: the §§, the keyboard, and the save indicator. */
export class MeetingEditorPage {
  constructor(readonly page: Page) {}

  /** Opens a meeting by its address (`#/meeting/<id>`) in a page that already has the token cookie. */
  static async open(page: Page, origin: string, meetingId: string): Promise<MeetingEditorPage> {
    await page.goto(`${origin}/#/meeting/${meetingId}`);
    const editor = new MeetingEditorPage(page);
    await editor.waitUntilOpen();
    return editor;
  }

  get editor(): Locator {
    return this.page.locator('.ProseMirror');
  }

  get saveState(): Locator {
    return this.page.locator('.save-state');
  }

  /** § number `n` (1-based position in the document). */
  item(n: number): Locator {
    return this.page.locator('section.agenda-item').nth(n - 1);
  }

  /** Waits until the minutes can be typed into. */
  async waitUntilOpen(): Promise<void> {
    await this.page.locator('.ProseMirror[contenteditable="true"] section.agenda-item').first().waitFor();
  }

  /** The meeting's id, from the address. */
  meetingId(): string {
    const match = /#\/meeting\/([A-Za-z0-9_-]+)$/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a meeting: ${this.page.url()}`);
    return match[1];
  }

  /** The § numbers shown beside the titles, in order. */
  async paragraphNumbers(): Promise<string[]> {
    return this.page
      .locator('h2.agenda-title')
      .evaluateAll((titles) => titles.map((title) => title.getAttribute('data-number') ?? ''));
  }

  /** Every § as text, in the same shape as the stored document is read. */
  async agendaItems(): Promise<AgendaItemText[]> {
    return this.page.locator('section.agenda-item').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector(':scope > h2.agenda-title')?.textContent ?? '',
        paragraphs: Array.from(item.querySelectorAll(':scope > p'), (p) => p.textContent ?? ''),
        decisions: Array.from(item.querySelectorAll(':scope > div.decision'), (decision) => ({
          lead: decision.getAttribute('data-lead') ?? '',
          clauses: Array.from(decision.querySelectorAll('li.att-clause'), (clause) => clause.textContent ?? ''),
        })),
      })),
    );
  }

  /** Puts the cursor at the end of the last paragraph of § `n`. */
  async clickIntoText(n: number): Promise<void> {
    const paragraph = this.item(n).locator(':scope > p').last();
    await paragraph.click();
    await this.page.keyboard.press('End');
  }

  /**
   * Selects everything under the title of the § titled `title`, its text and entries, through the
   * editor (where a mouse selection ends depends on where the text wraps), and waits until the page
   * shows it: TipTap focuses the editor a frame later, and a key sent sooner goes to the page's body.
   */
  async selectBodyOf(title: string): Promise<void> {
    await this.page.evaluate((title) => {
      const { editor } = document.querySelector('.ProseMirror') as HTMLElement & { editor: Editor };
      editor.state.doc.forEach((item, offset) => {
        if (item.type.name !== 'agendaItem' || item.firstChild?.textContent !== title) return;
        editor.commands.focus();
        editor.commands.setTextSelection({ from: offset + 1 + item.firstChild.nodeSize + 1, to: offset + item.nodeSize - 2 });
      });
    }, title);
    await this.page.waitForFunction(() => !!document.activeElement?.closest('.ProseMirror') && document.getSelection()?.isCollapsed === false);
  }

  /** Types like a person: key by key, `delayMs` apart. */
  async type(text: string, delayMs = 15): Promise<void> {
    await this.page.keyboard.type(text, { delay: delayMs });
  }

  /**
   * Types `text` one character at a time and records when each was taken by the page
   * (the key call has returned), until the text ends, `shouldStop()` says so, or the page dies.
   */
  async typeRecorded(
    text: string,
    options: { delayMs: number; jitterMs?: number; shouldStop?: () => boolean },
  ): Promise<{ typed: TypedCharacter[]; error: unknown }> {
    const typed: TypedCharacter[] = [];
    for (const char of text) {
      if (options.shouldStop?.()) break;
      try {
        await this.page.keyboard.type(char);
      } catch (error) {
        return { typed, error };
      }
      typed.push({ char, at: Date.now() });
      await sleep(options.delayMs + Math.random() * (options.jitterMs ?? 0));
    }
    return { typed, error: null };
  }

  /** Ctrl+Shift+B: a decision with one empty att-sats after the current block. */
  async addDecision(): Promise<void> {
    await this.page.keyboard.press('Control+Shift+B');
  }

  /** Enter in a non-empty att-sats: the next att-sats. */
  async nextAttClause(): Promise<void> {
    await this.page.keyboard.press('Enter');
  }

  /** Tab from the meeting bar into the minutes; the caret is where the minutes had it (the first § title). */
  async tabIntoMinutes(): Promise<void> {
    await tabTo(this.editor, { exact: true });
  }

  /** Where the caret is: the kind of text block around the page's selection. */
  async caretPlace(): Promise<CaretPlace> {
    return this.page.evaluate(() => {
      const anchor = document.getSelection()?.anchorNode;
      const element = anchor instanceof Element ? anchor : anchor?.parentElement;
      if (!element?.closest('.ProseMirror')) return 'elsewhere';
      const places: Array<[string, string]> = [
        ['h2.agenda-title', 'title'],
        ['li.att-clause', 'attClause'],
        ['[data-type="assignment"] .entry-text', 'assignment'],
        ['p[data-type="attachment"]', 'attachment'],
        ['li > p', 'listItem'],
        ['section.agenda-item > p', 'paragraph'],
      ];
      for (const [selector, place] of places) if (element.closest(selector)) return place;
      return 'elsewhere';
    }) as Promise<CaretPlace>;
  }

  /** Fails unless the caret is in a block of the kind the next keys are meant for. */
  async expectCaretIn(place: CaretPlace): Promise<void> {
    const actual = await this.caretPlace();
    if (actual !== place) throw new Error(`the caret is in ${actual}, not in ${place}`);
  }

  /** Presses keys one after the other ("Enter", "Alt+Shift+U" …). */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Types text as fast as the keyboard events go. */
  async write(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** In a § title: replaces the title (Home, Shift+End) with `title`. */
  async retitle(title: string): Promise<void> {
    await this.expectCaretIn('title');
    await this.press('Home', 'Shift+End');
    await this.write(title);
  }

  /** The § (1-based) that holds the caret; 0 outside the §§. */
  async caretItem(): Promise<number> {
    return this.page.evaluate(() => {
      const anchor = document.getSelection()?.anchorNode;
      const element = anchor instanceof Element ? anchor : anchor?.parentElement;
      const item = element?.closest('section.agenda-item');
      return item ? Array.from(document.querySelectorAll('section.agenda-item')).indexOf(item) + 1 : 0;
    });
  }

  /** From the last line of a §: ArrowDown to the start of the next § title. */
  async toNextTitle(): Promise<void> {
    const from = await this.caretItem();
    await this.press('ArrowDown');
    await this.expectCaretIn('title');
    const to = await this.caretItem();
    if (to !== from + 1) throw new Error(`ArrowDown went from § ${from} to § ${to}`);
    // The browser moved the caret; the editor learns it from a selectionchange event a moment later
    // (or from the next key: renderer/editor/selectionBeforeKeys.ts). The § it marks as current shows it has.
    await this.item(to).and(this.page.locator('.current-item')).waitFor();
    await this.press('Home');
  }

  /** Enter in a § title: the caret goes to the text of the §. */
  async leaveTitle(): Promise<void> {
    await this.expectCaretIn('title');
    await this.press('End', 'Enter');
    await this.expectCaretIn('paragraph');
  }

  /** Paragraphs of running text, Enter between them. */
  async writeParagraphs(paragraphs: string[]): Promise<void> {
    for (const [index, paragraph] of paragraphs.entries()) {
      if (index > 0) await this.press('Enter');
      await this.write(paragraph);
    }
  }

  /** The menu a trigger ("/", "@") opened at the caret. */
  completion(name: 'Kommandon' | 'Personer'): Locator {
    return this.page.getByRole('listbox', { name, exact: true });
  }

  /** "/query", then the arrows to the command named `label` and Enter. */
  async slashCommand(query: string, label: string): Promise<void> {
    await this.write(`/${query}`);
    await chooseFromList(this.completion('Kommandon'), label);
  }

  /** "@query", then the arrows to `name` and Enter. */
  async mention(query: string, name: string): Promise<void> {
    await this.write(`@${query}`);
    await chooseFromList(this.completion('Personer'), name);
  }

  /**
   * Ctrl+Shift+B and the att-satser, Enter between them. With `thenText` two Enter more end the
   * decision (an empty att-sats leaves it) and go on in a paragraph after it.
   */
  async writeDecision(clauses: string[], options: { thenText: boolean }): Promise<void> {
    await this.addDecision();
    await this.expectCaretIn('attClause');
    await this.writeParagraphs(clauses);
    if (options.thenText) {
      await this.press('Enter', 'Enter');
      await this.expectCaretIn('paragraph');
    }
  }

  /**
   * Alt+Shift+U: "X får i uppdrag att … senast …": who by @, the task typed, Tab to the deadline
   * typed the Swedish way, Enter back to the text, and Enter on to a paragraph after the entry.
   */
  async writeAssignment(assignment: { query: string; who: string; task: string; deadline: string }): Promise<void> {
    await this.press('Alt+Shift+U');
    await this.expectCaretIn('assignment');
    await this.mention(assignment.query, assignment.who);
    await this.write(assignment.task);
    await this.press('Tab');
    const deadline = this.page.getByRole('textbox', { name: 'Uppdraget ska vara klart senast' }).last();
    await waitForFocus(deadline);
    await this.write(assignment.deadline);
    await this.press('Enter');
    await waitForFocus(this.editor, { exact: true });
    await this.expectCaretIn('assignment');
    await this.press('Enter');
    await this.expectCaretIn('paragraph');
  }

  /** Alt+Shift+I: "Bilaga N" with its name, and Enter on to a paragraph after it. */
  async writeAttachment(name: string): Promise<void> {
    await this.press('Alt+Shift+I');
    await this.expectCaretIn('attachment');
    await this.write(name);
    await this.press('Enter');
    await this.expectCaretIn('paragraph');
  }

  /** Alt+Shift+P on a § title: the föredragande typed in the preparation form, Enter saves it. */
  async writePresenter(presenter: string): Promise<void> {
    await this.expectCaretIn('title');
    await this.press('Alt+Shift+P');
    const field = this.page.getByRole('group', { name: 'Förberedelse' }).getByRole('textbox', { name: 'Föredragande' });
    await waitForFocus(field);
    await this.write(presenter);
    await this.press('Enter');
    await waitForFocus(this.editor, { exact: true });
    await this.expectCaretIn('title');
  }

  /**
   * Alt+Shift+N: the date typed the Swedish way ("27/4 kl 9"), Tab on to the end time and the
   * place, and Escape back to the text.
   */
  async writeNextMeeting(next: { date: string; endTime: string; place: string }): Promise<void> {
    await this.press('Alt+Shift+N');
    const section = this.page.getByRole('region', { name: 'Nästa möte' });
    await waitForFocus(section.getByRole('textbox', { name: 'Datum' }));
    await this.write(next.date);
    await this.press('Tab');
    await waitForFocus(section.getByRole('textbox', { name: 'Från' }));
    await this.press('Tab');
    await waitForFocus(section.getByRole('textbox', { name: 'Till' }));
    await this.write(next.endTime);
    await this.press('Tab');
    await waitForFocus(section.getByRole('textbox', { name: 'Plats' }));
    await this.write(next.place);
    await this.press('Escape');
    await waitForFocus(this.editor, { exact: true });
  }

  /** Pastes plain text at the cursor, as the clipboard would deliver it (a real paste event). */
  async pastePlainText(text: string): Promise<void> {
    await this.editor.evaluate((editor, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      // A real paste is dispatched at the focused editing host.
      editor.dispatchEvent(event);
      if (!event.defaultPrevented) throw new Error('the editor did not take the paste');
    }, text);
  }

  /**
   * Waits until the indicator says "Sparat HH:MM:SS" for the latest change: first lets the page
   * finish handling the last key (a frame and a task) and then draw the indicator, which it does
   * when idle after that frame (so a pending "Sparar …" is on screen).
   */
  async waitUntilSaved(timeoutMs = 30_000): Promise<string> {
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 500 }), 0)),
        ),
    );
    await this.page.locator('.save-state[data-state="saved"]').filter({ hasText: /^Sparat \d{2}:\d{2}:\d{2}$/ }).waitFor({
      timeout: timeoutMs,
    });
    return (await this.saveState.textContent()) ?? '';
  }

  /** Reloads the page (the address keeps the meeting) and waits for the minutes. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilOpen();
  }
}
