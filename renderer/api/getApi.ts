import type { ParagrafApi } from '../../shared/contract/api';
import type { ParagrafShell } from '../../shared/contract/shellChannels';
import { createHttpClient } from './httpClient';

declare global {
  interface Window {
    /** The API the Electron preload exposes; absent in the browser preview. */
    paragraf?: ParagrafApi;
    /** The Electron shell's events (flush before quit, open a screen); absent in the preview. */
    paragrafShell?: ParagrafShell;
  }
}

/** The API of this shell: the preload's in the Electron window, the HTTP bridge in the preview. */
export function getApi(): ParagrafApi {
  if (window.paragraf) return window.paragraf;
  const token = document.querySelector<HTMLMetaElement>('meta[name="paragraf-token"]')?.content ?? '';
  return createHttpClient(token);
}
