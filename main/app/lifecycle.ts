import type { BrowserWindow, IpcMainEvent } from 'electron';
import { flushDoneChannel, flushRequestChannel } from '../../shared/contract/shellChannels';

/** What of ipcMain the flush needs: the page's answers. */
interface FlushAnswers {
  on(channel: string, listener: (event: Pick<IpcMainEvent, 'sender'>) => void): unknown;
  removeListener(channel: string, listener: (event: Pick<IpcMainEvent, 'sender'>) => void): unknown;
}

/** What of a window the flush needs: its page, and whether it is gone. */
type FlushableWindow = Pick<BrowserWindow, 'isDestroyed'> & { webContents: Pick<BrowserWindow['webContents'], 'send'> };

/**
 * Asks every window to store what is typed, and resolves when each has answered or time ran out.
 * An answer counts for the window it comes from, so two flushes at once (a window closing while
 * the app quits) do not end each other early.
 */
export function flushWindows(windows: FlushableWindow[], ipcMain: FlushAnswers, timeoutMs = 3000): Promise<void> {
  const waiting = new Set(windows.filter((window) => !window.isDestroyed()).map((window) => window.webContents as unknown));
  if (waiting.size === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function onDone(event: Pick<IpcMainEvent, 'sender'>) {
      if (!waiting.delete(event.sender)) return;
      if (waiting.size === 0) done();
    }
    function done() {
      clearTimeout(timer);
      ipcMain.removeListener(flushDoneChannel, onDone);
      resolve();
    }
    ipcMain.on(flushDoneChannel, onDone);
    for (const window of windows) if (!window.isDestroyed()) window.webContents.send(flushRequestChannel);
  });
}

/**
 * Keeps a window open until its page has stored what is typed: the first close is put off, the page
 * asked to flush, and the window then closed for real. Closing the last window ends the app on
 * Windows and Linux, and the app's own flush before quitting then finds no window left; without
 * this, the last half second of typing would depend on a save sent while the page unloads.
 * `alreadyFlushed` skips it when the app has just flushed every window to quit.
 */
export function flushBeforeClose(
  window: FlushableWindow & Pick<BrowserWindow, 'on' | 'close'>,
  ipcMain: FlushAnswers,
  alreadyFlushed: () => boolean,
  timeoutMs = 3000,
): void {
  let flushed = false;
  let flushing = false;
  window.on('close', (event) => {
    if (flushed || alreadyFlushed()) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void flushWindows([window], ipcMain, timeoutMs).finally(() => {
      flushed = true;
      if (!window.isDestroyed()) window.close();
    });
  });
}
