// The Electron shell: windows, IPC and OS integration only. Everything else is in services.
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { flushWindows } from './app/lifecycle';
import { applySecurity, isAllowedExternalUrl } from './app/security';
import { startupFailureMessage } from './app/startupMessages';
import { appVersion } from './app/version';
import { mainWindowOptions } from './app/windowOptions';
import { createDispatcher } from './ipc/dispatch';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { startServices, type RunningServices } from './services/startServices';

const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
let services: RunningServices | null = null;
let quitting = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(start, (error: unknown) => fatal(String(error)));
}

function start(): void {
  const dataDir = app.getPath('userData');
  try {
    services = startServices({ dataDir, version: appVersion });
  } catch (error) {
    fatal(startupFailureMessage(error, dataDir));
    return;
  }
  applySecurity(app, session.defaultSession, (url) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  });
  registerIpcHandlers(ipcMain, createDispatcher(services.ctx), pathToFileURL(rendererIndex).href);
  openMainWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && openMainWindow());
}

function openMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
  window.once('ready-to-show', () => window.show());
  void window.loadFile(rendererIndex);
}

app.on('before-quit', (event) => {
  if (quitting || !services) return;
  event.preventDefault();
  quitting = true;
  void flushWindows(BrowserWindow.getAllWindows(), ipcMain).finally(() => {
    services?.close();
    services = null;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

function fatal(message: string): void {
  dialog.showErrorBox('Paragraf', message);
  app.exit(1);
}
