import type { BrowserWindowConstructorOptions } from 'electron';

/** The main window's options: isolated, sandboxed, no Node in the page. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    title: 'Paragraf',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}
