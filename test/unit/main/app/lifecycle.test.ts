import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushBeforeClose, flushWindows, leaveButton, mayClose, stayButton, unsavedDialogOptions } from '../../../../main/app/lifecycle';
import { flushDoneChannel, flushRequestChannel, type UnsavedQuestion } from '../../../../shared/contract/shellChannels';

/** A stand-in for Electron's ipcMain: the flush's answers arrive as its events. */
class FakeIpcMain extends EventEmitter {}

/** A stand-in for a BrowserWindow: its page records what main sends it; close() fires 'close' as Electron does. */
class FakeWindow extends EventEmitter {
  destroyed = false;
  closes = 0;
  readonly sent: string[] = [];
  readonly webContents = { send: (channel: string) => void this.sent.push(channel) };

  isDestroyed(): boolean {
    return this.destroyed;
  }

  close(): void {
    this.closes += 1;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.destroyed = true;
  }
}

/** The page of `window` answers a flush request, as the preload does once its save is stored or has failed. */
function answer(ipcMain: FakeIpcMain, window: FakeWindow, question?: unknown): void {
  ipcMain.emit(flushDoneChannel, { sender: window.webContents }, question);
}

/** What a page whose store is down sends with its answer. */
const question: UnsavedQuestion = {
  message: 'Det du har skrivit är inte sparat',
  detail: 'Kunde inte spara: databasen är låst.',
  stay: 'Stanna kvar',
  leave: 'Stäng ändå',
};

/** The user's answer to the close question, recorded: true closes. */
function answering(close: boolean) {
  return vi.fn((_window: FakeWindow, _question: UnsavedQuestion) => close);
}

afterEach(() => vi.useRealTimers());

describe('flushing the windows before the app or a window closes', () => {
  it('waits for every window, each answer counting for its own window only', async () => {
    const ipcMain = new FakeIpcMain();
    const [first, second] = [new FakeWindow(), new FakeWindow()];
    let resolved = false;
    const flushed = flushWindows([first, second] as never, ipcMain).then(() => (resolved = true));
    expect(first.sent).toEqual([flushRequestChannel]);
    expect(second.sent).toEqual([flushRequestChannel]);
    answer(ipcMain, first);
    answer(ipcMain, first);
    await Promise.resolve();
    expect(resolved).toBe(false);
    answer(ipcMain, second);
    await flushed;
    expect(ipcMain.listenerCount(flushDoneChannel)).toBe(0);
  });

  it('gives up on a page that does not answer', async () => {
    vi.useFakeTimers();
    const ipcMain = new FakeIpcMain();
    const flushed = flushWindows([new FakeWindow()] as never, ipcMain, 3000);
    await vi.advanceTimersByTimeAsync(3000);
    await flushed;
    expect(ipcMain.listenerCount(flushDoneChannel)).toBe(0);
  });

  it('keeps a closing window open until its page has stored what is typed, then closes it', async () => {
    const ipcMain = new FakeIpcMain();
    const window = new FakeWindow();
    const ask = answering(true);
    flushBeforeClose(window as never, ipcMain, () => false, ask);
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.sent).toEqual([flushRequestChannel]);
    // A second click on the close button while the page saves asks nothing more of it.
    window.close();
    expect(window.sent).toEqual([flushRequestChannel]);
    answer(ipcMain, window);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(window.closes).toBe(3);
    // Its text was stored: nothing to ask.
    expect(ask).not.toHaveBeenCalled();
  });

  it('closes at once when the app has just flushed every window to quit', () => {
    const ipcMain = new FakeIpcMain();
    const window = new FakeWindow();
    flushBeforeClose(window as never, ipcMain, () => true, answering(true));
    window.close();
    expect(window.destroyed).toBe(true);
    expect(window.sent).toEqual([]);
  });

  it('asks before closing a window whose text could not be stored, and staying keeps it open and asks again next time', async () => {
    const ipcMain = new FakeIpcMain();
    const window = new FakeWindow();
    const stay = answering(false);
    flushBeforeClose(window as never, ipcMain, () => false, stay);
    window.close();
    answer(ipcMain, window, question);
    await vi.waitFor(() => expect(stay).toHaveBeenCalledWith(window, question));
    expect(window.destroyed).toBe(false);
    expect(window.closes).toBe(1);

    // The next close flushes again (the store may be back) and, with the text stored, closes.
    window.close();
    expect(window.sent).toEqual([flushRequestChannel, flushRequestChannel]);
    answer(ipcMain, window, null);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(stay).toHaveBeenCalledTimes(1);
  });

  it('closes the window when the user chooses to close although the text is not stored', async () => {
    const ipcMain = new FakeIpcMain();
    const window = new FakeWindow();
    const close = answering(true);
    flushBeforeClose(window as never, ipcMain, () => false, close);
    window.close();
    answer(ipcMain, window, question);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(close).toHaveBeenCalledWith(window, question);
  });

  it('reports the windows whose text could not be stored, and reads anything but a question as none', async () => {
    const ipcMain = new FakeIpcMain();
    const windows = [new FakeWindow(), new FakeWindow(), new FakeWindow(), new FakeWindow()];
    const flushed = flushWindows(windows as never as FakeWindow[], ipcMain);
    answer(ipcMain, windows[0]!, question);
    answer(ipcMain, windows[1]!, { ...question, detail: 'x'.repeat(5000) });
    answer(ipcMain, windows[2]!, { message: 'Inte sparat', stay: 'Stanna' });
    answer(ipcMain, windows[3]!, 'Stäng inte');
    expect(await flushed).toEqual([{ window: windows[0], question }]);
  });

  it('asks about one window after another until the user chooses to stay', () => {
    const windows = [new FakeWindow(), new FakeWindow(), new FakeWindow()];
    const ask = vi.fn((window: FakeWindow) => window !== windows[1]);
    const unsaved = windows.map((window) => ({ window, question }));
    expect(mayClose(unsaved, ask)).toBe(false);
    expect(ask.mock.calls.map(([window]) => window)).toEqual([windows[0], windows[1]]);
    // A window already gone is not asked about.
    windows[1]!.destroyed = true;
    expect(mayClose(unsaved, ask)).toBe(true);
    expect(mayClose([], ask)).toBe(true);
  });

  it("shows the page's question in a dialog where staying is the default and what Escape does", () => {
    const options = unsavedDialogOptions(question);
    expect(options.buttons).toEqual(['Stanna kvar', 'Stäng ändå']);
    expect(options.buttons![stayButton]).toBe('Stanna kvar');
    expect(options.buttons![leaveButton]).toBe('Stäng ändå');
    expect(options).toMatchObject({ message: question.message, detail: question.detail, defaultId: stayButton, cancelId: stayButton });
  });
});
