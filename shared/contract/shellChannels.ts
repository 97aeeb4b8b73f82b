/** Main asks the window to save what is typed before quitting. */
export const flushRequestChannel = 'paragraf:shell.flush-request';
/**
 * The window answers that the save is done; with an `UnsavedQuestion` when the text could not be
 * stored, so that main asks before the window closes.
 */
export const flushDoneChannel = 'paragraf:shell.flush-done';

/**
 * What main asks the user when a window's text could not be stored and the window is closing, in
 * the language of the window's page.
 */
export interface UnsavedQuestion {
  message: string;
  detail: string;
  /** The button that keeps the window open (the default, and Escape). */
  stay: string;
  /** The button that closes it, losing the unsaved text. */
  leave: string;
}

/** Main tells the window to show a screen, e.g. after a .paragraf file was opened from the desktop. */
export const navigateChannel = 'paragraf:shell.navigate';

/** What the Electron shell adds to the page beside the API; absent in the preview. */
export interface ParagrafShell {
  /** The listener stores what is typed and resolves to a question when it could not. */
  onFlushRequest: (listener: () => Promise<UnsavedQuestion | null>) => () => void;
  onNavigate: (listener: (route: string) => void) => () => void;
}
