import type { Locator, Page } from 'playwright-core';
import type { AgendaItemText } from '../support/minutesDatabase';

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
   * finish handling the last key (a frame and a task, so a pending "Sparar …" is on screen).
   */
  async waitUntilSaved(timeoutMs = 30_000): Promise<string> {
    await this.page.evaluate(
      () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
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
