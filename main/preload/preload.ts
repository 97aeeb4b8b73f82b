// The Electron preload: exposes the contract, and only the contract, to the sandboxed page.
import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../../shared/contract/createClient';
import { channelOf } from '../../shared/contract/methods';
import type { Result } from '../../shared/contract/result';
import {
  flushDoneChannel,
  flushRequestChannel,
  navigateChannel,
  type ParagrafShell,
  type UnsavedQuestion,
} from '../../shared/contract/shellChannels';
import { createFlushRequests } from './flushRequests';

contextBridge.exposeInMainWorld(
  'paragraf',
  createClient((key, input) => ipcRenderer.invoke(channelOf(key), input) as Promise<Result<unknown>>),
);

const flushRequests = createFlushRequests((question) => ipcRenderer.send(flushDoneChannel, question));
ipcRenderer.on(flushRequestChannel, () => void flushRequests.handle());

const shellApi: ParagrafShell = {
  /**
   * Main asks the page to store unsaved text before a window closes or the app quits; the listener
   * resolves to a question when it could not. Returns an unsubscribe.
   */
  onFlushRequest(listener: () => Promise<UnsavedQuestion | null>): () => void {
    return flushRequests.subscribe(listener);
  },
  /** Main shows a screen (a route such as "#/review/…"); returns an unsubscribe. */
  onNavigate(listener: (route: string) => void): () => void {
    const handler = (_event: unknown, route: unknown) => {
      if (typeof route === 'string' && route.startsWith('#/')) listener(route);
    };
    ipcRenderer.on(navigateChannel, handler);
    return () => ipcRenderer.removeListener(navigateChannel, handler);
  },
};
contextBridge.exposeInMainWorld('paragrafShell', shellApi);
