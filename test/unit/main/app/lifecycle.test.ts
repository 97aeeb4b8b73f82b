import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushBeforeClose, flushWindows } from '../../../../main/app/lifecycle';
import { flushDoneChannel, flushRequestChannel } from '../../../../shared/contract/shellChannels';

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

/** The page of `window` answers a flush request, as the preload does once its save is stored. */
function answer(ipcMain: FakeIpcMain, window: FakeWindow): void {
  ipcMain.emit(flushDoneChannel, { sender: window.webContents });
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
    flushBeforeClose(window as never, ipcMain, () => false);
    window.close();
    expect(window.destroyed).toBe(false);
    expect(window.sent).toEqual([flushRequestChannel]);
    // A second click on the close button while the page saves asks nothing more of it.
    window.close();
    expect(window.sent).toEqual([flushRequestChannel]);
    answer(ipcMain, window);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    expect(window.closes).toBe(3);
  });

  it('closes at once when the app has just flushed every window to quit', () => {
    const ipcMain = new FakeIpcMain();
    const window = new FakeWindow();
    flushBeforeClose(window as never, ipcMain, () => true);
    window.close();
    expect(window.destroyed).toBe(true);
    expect(window.sent).toEqual([]);
  });
});
