import type { BrowserWindow, IpcMainEvent, MessageBoxSyncOptions } from 'electron';
import { flushDoneChannel, flushRequestChannel, type UnsavedQuestion } from '../../shared/contract/shellChannels';

type FlushAnswer = (event: Pick<IpcMainEvent, 'sender'>, question?: unknown) => void;

/** What of ipcMain the flush needs: the page's answers. */
interface FlushAnswers {
  on(channel: string, listener: FlushAnswer): unknown;
  removeListener(channel: string, listener: FlushAnswer): unknown;
}

/** What of a window the flush needs: its page, and whether it is gone. */
type FlushableWindow = Pick<BrowserWindow, 'isDestroyed'> & { webContents: Pick<BrowserWindow['webContents'], 'send'> };

/** A window whose page could not store its text, and what to ask the user about it. */
export interface UnsavedWindow<W> {
  window: W;
  question: UnsavedQuestion;
}

/** Asks the user whether to close `window` although its text is not stored; true to close. */
export type AskToClose<W> = (window: W, question: UnsavedQuestion) => boolean;

const longestText = 4000;

/**
 * The question a page sent with its answer, checked: it comes from the page, so it is read as
 * untrusted input. Anything but four strings of sensible length is no question.
 */
export function readUnsavedQuestion(value: unknown): UnsavedQuestion | null {
  if (typeof value !== 'object' || value === null) return null;
  const { message, detail, stay, leave } = value as Record<string, unknown>;
  const texts = [message, detail, stay, leave];
  if (!texts.every((text) => typeof text === 'string' && text.length > 0 && text.length <= longestText)) return null;
  return { message, detail, stay, leave } as UnsavedQuestion;
}

/** The buttons of the question's dialog, in order: staying is the default and what Escape does. */
export const stayButton = 0;
export const leaveButton = 1;

/** The native dialog that asks whether to close a window whose text could not be stored. */
export function unsavedDialogOptions(question: UnsavedQuestion): MessageBoxSyncOptions {
  return {
    type: 'warning',
    title: 'Paragraf',
    message: question.message,
    detail: question.detail,
    buttons: [question.stay, question.leave],
    defaultId: stayButton,
    cancelId: stayButton,
    noLink: true,
  };
}

/**
 * Asks every window to store what is typed, and resolves when each has answered or time ran out,
 * to the windows whose text could not be stored. An answer counts for the window it comes from, so
 * two flushes at once (a window closing while the app quits) do not end each other early.
 */
export function flushWindows<W extends FlushableWindow>(windows: W[], ipcMain: FlushAnswers, timeoutMs = 3000): Promise<UnsavedWindow<W>[]> {
  const waiting = new Map(windows.filter((window) => !window.isDestroyed()).map((window) => [window.webContents as unknown, window]));
  const unsaved: UnsavedWindow<W>[] = [];
  if (waiting.size === 0) return Promise.resolve(unsaved);
  return new Promise((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function onDone(event: Pick<IpcMainEvent, 'sender'>, answer?: unknown) {
      const window = waiting.get(event.sender);
      if (!window) return;
      waiting.delete(event.sender);
      const question = readUnsavedQuestion(answer);
      if (question) unsaved.push({ window, question });
      if (waiting.size === 0) done();
    }
    function done() {
      clearTimeout(timer);
      ipcMain.removeListener(flushDoneChannel, onDone);
      resolve(unsaved);
    }
    ipcMain.on(flushDoneChannel, onDone);
    for (const window of windows) if (!window.isDestroyed()) window.webContents.send(flushRequestChannel);
  });
}

/**
 * Whether the windows may close: each window whose text could not be stored is asked about, one at
 * a time, and the first answer to stay ends it (false).
 */
export function mayClose<W extends FlushableWindow>(unsaved: UnsavedWindow<W>[], ask: AskToClose<W>): boolean {
  return unsaved.every(({ window, question }) => window.isDestroyed() || ask(window, question));
}

/**
 * Keeps a window open until its page has stored what is typed: the first close is put off, the page
 * asked to flush, and the window then closed for real, unless its text could not be stored and the
 * user chose to stay. Closing the last window ends the app on Windows and Linux, and the app's own
 * flush before quitting then finds no window left; without this, the last half second of typing
 * would depend on a save sent while the page unloads. `alreadyFlushed` skips it when the app has
 * just flushed every window to quit (and asked).
 */
export function flushBeforeClose<W extends FlushableWindow & Pick<BrowserWindow, 'on' | 'close'>>(
  window: W,
  ipcMain: FlushAnswers,
  alreadyFlushed: () => boolean,
  ask: AskToClose<W>,
  timeoutMs = 3000,
): void {
  let flushed = false;
  let flushing = false;
  window.on('close', (event) => {
    if (flushed || alreadyFlushed()) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void flushWindows([window], ipcMain, timeoutMs).then((unsaved) => {
      flushing = false;
      if (!mayClose(unsaved, ask)) return;
      flushed = true;
      if (!window.isDestroyed()) window.close();
    });
  });
}
