/** Main asks the window to save what is typed before quitting. */
export const flushRequestChannel = 'paragraf:shell.flush-request';
/** The window answers that the save is done (or failed and was reported). */
export const flushDoneChannel = 'paragraf:shell.flush-done';

/** Main tells the window to show a screen, e.g. after a .paragraf file was opened from the desktop. */
export const navigateChannel = 'paragraf:shell.navigate';

/** What the Electron shell adds to the page beside the API; absent in the preview. */
export interface ParagrafShell {
  onFlushRequest: (listener: () => Promise<void>) => () => void;
  onNavigate: (listener: (route: string) => void) => () => void;
}
