import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from './browser';
import { createDataDir, startPreview, type RunningPreview } from './preview';

/**
 * Tracks what a test starts (data folders, previews, browsers) and ends it all afterwards,
 * so a failing test never leaves a process or a folder behind.
 */
export class Cleanup {
  private readonly tasks: Array<() => Promise<void> | void> = [];

  /** Registers something to undo; undone newest first. */
  add(task: () => Promise<void> | void): void {
    this.tasks.push(task);
  }

  /** A fresh data folder, removed afterwards. */
  dataDir(): string {
    const dir = createDataDir();
    this.add(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  /** A preview on `dataDir`, killed afterwards if it still runs. */
  async preview(dataDir: string): Promise<RunningPreview> {
    const preview = await startPreview(dataDir);
    this.add(() => preview.kill());
    return preview;
  }

  /** A Chromium with a fresh profile, closed afterwards if it still runs. */
  async browser(): Promise<LaunchedBrowser> {
    const browser = await launchBrowser();
    this.add(() => browser.close());
    return browser;
  }

  /** What most tests start from: a fresh data folder, a preview on it, and a page in a fresh Chromium. */
  async previewInBrowser(): Promise<{ dataDir: string; preview: RunningPreview; browser: LaunchedBrowser; page: Page }> {
    const dataDir = this.dataDir();
    const preview = await this.preview(dataDir);
    const browser = await this.browser();
    return { dataDir, preview, browser, page: await browser.newPage() };
  }

  /** Undoes everything registered, newest first; reports the first failure after trying all. */
  async run(): Promise<void> {
    let failure: unknown = null;
    while (this.tasks.length > 0) {
      const task = this.tasks.pop()!;
      try {
        await task();
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure) throw failure;
  }
}
