// The Electron preload: exposes the contract, and only the contract, to the sandboxed page.
import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../../shared/contract/createClient';
import { channelOf } from '../../shared/contract/methods';
import type { Result } from '../../shared/contract/result';
import { flushDoneChannel, flushRequestChannel, navigateChannel, type ParagrafShell } from '../../shared/contract/shellChannels';

contextBridge.exposeInMainWorld(
  'paragraf',
  createClient((key, input) => ipcRenderer.invoke(channelOf(key), input) as Promise<Result<unknown>>),
);

const shellApi: ParagrafShell = {
  /** Main asks the page to store unsaved text before the app quits; returns an unsubscribe. */
  onFlushRequest(listener: () => Promise<void>): () => void {
    const handler = () => {
      void listener().finally(() => ipcRenderer.send(flushDoneChannel));
    };
    ipcRenderer.on(flushRequestChannel, handler);
    return () => ipcRenderer.removeListener(flushRequestChannel, handler);
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
