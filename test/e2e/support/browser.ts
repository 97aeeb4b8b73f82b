import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { chromiumArgs } from '../../helpers/chromiumArgs.mjs';

/** Debian's Chromium; Playwright never downloads a browser here. */
export const chromiumPath = process.env.PARAGRAF_CHROMIUM ?? '/usr/bin/chromium';

/** A Chromium process we started, connected over Playwright. */
export interface LaunchedBrowser {
  browser: Browser;
  /** The browser process, for killing it like a crash would. */
  pid: number;
  newPage: () => Promise<Page>;
  /** Closes the browser normally. */
  close: () => Promise<void>;
  /** Ends the browser process at once (SIGKILL); its renderers die with it. */
  kill: () => Promise<void>;
}

/**
 * Launches Chromium as a browser server (Playwright gives it a fresh temporary profile and removes
 * it on exit) and connects to it, so the test knows the browser's process id and can kill it.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const server: BrowserServer = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  const pid = server.process().pid;
  if (pid === undefined) throw new Error('Chromium started without a process id');
  const browser = await chromium.connect(server.wsEndpoint());
  const exited = new Promise<void>((resolve) => server.process().once('exit', () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  return {
    browser,
    pid,
    newPage: async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(30_000);
      return page;
    },
    close: async () => {
      if (gone) return;
      await browser.close().catch(() => undefined);
      await server.close();
    },
    kill: async () => {
      if (!gone) process.kill(pid, 'SIGKILL');
      await exited;
      await server.close().catch(() => undefined);
    },
  };
}
