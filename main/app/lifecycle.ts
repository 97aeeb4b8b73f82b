import type { BrowserWindow, IpcMain } from 'electron';
import { flushDoneChannel, flushRequestChannel } from '../../shared/contract/shellChannels';

/** Asks every window to store what is typed, and resolves when all answered or time ran out. */
export function flushWindows(windows: BrowserWindow[], ipcMain: IpcMain, timeoutMs = 3000): Promise<void> {
  const open = windows.filter((window) => !window.isDestroyed());
  if (open.length === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let waiting = open.length;
    const timer = setTimeout(done, timeoutMs);
    function onDone() {
      waiting -= 1;
      if (waiting <= 0) done();
    }
    function done() {
      clearTimeout(timer);
      ipcMain.removeListener(flushDoneChannel, onDone);
      resolve();
    }
    ipcMain.on(flushDoneChannel, onDone);
    for (const window of open) window.webContents.send(flushRequestChannel);
  });
}
