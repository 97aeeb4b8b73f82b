// The Electron shell: windows, IPC and OS integration only. Everything else is in services.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { navigateChannel } from '../shared/contract/shellChannels';
import { ParagrafError } from '../shared/contract/errors';
import { openParagrafFile } from './services/paragrafFiles';
import { appIndexUrl, appScheme, appSchemePrivileges, createAppProtocolHandler } from './app/appProtocol';
import { flushBeforeClose, flushWindows, leaveButton, mayClose, unsavedDialogOptions, type AskToClose } from './app/lifecycle';
import { applySecurity, isAllowedExternalUrl } from './app/security';
import { startupFailureMessage } from './app/startupMessages';
import { appVersion } from './app/version';
import { mainWindowOptions } from './app/windowOptions';
import { createDispatcher } from './ipc/dispatch';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { startServices, type RunningServices } from './services/startServices';

const rendererDir = join(__dirname, '..', 'renderer');
let services: RunningServices | null = null;
let quitting = false;
// A file the OS asked us to open before the window was ready (macOS open-file, argv elsewhere).
const pendingFiles: string[] = process.argv.slice(1).filter((arg) => arg.endsWith('.paragraf'));

// Before the app is ready: the page's scheme, with V8's code cache (see appProtocol.ts).
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: appSchemePrivileges }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
    for (const file of argv.filter((arg) => arg.endsWith('.paragraf'))) openFile(file);
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (services && BrowserWindow.getAllWindows().length > 0) openFile(file);
    else pendingFiles.push(file);
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
  protocol.handle(appScheme, createAppProtocolHandler(rendererDir));
  registerIpcHandlers(ipcMain, createDispatcher(services.ctx), appIndexUrl);
  openMainWindow();
  app.on('activate', () => BrowserWindow.getAllWindows().length === 0 && openMainWindow());
}

function openMainWindow(): void {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, 'preload.cjs')));
  flushBeforeClose(window, ipcMain, () => quitting, askToClose);
  window.once('ready-to-show', () => {
    window.show();
    for (const file of pendingFiles.splice(0)) openFile(file);
  });
  void window.loadURL(appIndexUrl);
}

app.on('before-quit', (event) => {
  if (quitting || !services) return;
  event.preventDefault();
  quitting = true;
  void flushWindows(BrowserWindow.getAllWindows(), ipcMain).then((unsaved) => {
    // A window whose text could not be stored, and the user chose to stay: the app goes on.
    if (!mayClose(unsaved, askToClose)) {
      quitting = false;
      return;
    }
    services?.close();
    services = null;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

/** A window's text could not be stored and it is closing: the user chooses, in the page's language. */
const askToClose: AskToClose<BrowserWindow> = (window, question) =>
  dialog.showMessageBoxSync(window, unsavedDialogOptions(question)) === leaveButton;

/** Opens a .paragraf file: reads it (size-checked) and lets the services take it; errors in a dialog. */
function openFile(path: string): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!services || !window) return;
  try {
    if (statSync(path).size > 300_000_000) throw new ParagrafError('INVALID_FILE', 'file too large');
    const opened = openParagrafFile(services.ctx, readFileSync(path, 'utf8'));
    window.webContents.send(navigateChannel, opened.route);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    void dialog.showMessageBox(window, { type: 'error', message: 'Filen kunde inte öppnas.', detail: `${path}\n${detail}` });
  }
}

function fatal(message: string): void {
  dialog.showErrorBox('Paragraf', message);
  app.exit(1);
}
