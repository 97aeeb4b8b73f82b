// The Electron preload: exposes the contract, and only the contract, to the sandboxed page.
import { contextBridge, ipcRenderer } from 'electron';
import { createClient } from '../../shared/contract/createClient';
import { channelOf } from '../../shared/contract/methods';
import type { Result } from '../../shared/contract/result';
import { flushDoneChannel, flushRequestChannel } from '../../shared/contract/shellChannels';

contextBridge.exposeInMainWorld(
  'paragraf',
  createClient((key, input) => ipcRenderer.invoke(channelOf(key), input) as Promise<Result<unknown>>),
);

contextBridge.exposeInMainWorld('paragrafShell', {
  /** Main asks the page to store unsaved text before the app quits; returns an unsubscribe. */
  onFlushRequest(listener: () => Promise<void>): () => void {
    const handler = () => {
      void listener().finally(() => ipcRenderer.send(flushDoneChannel));
    };
    ipcRenderer.on(flushRequestChannel, handler);
    return () => ipcRenderer.removeListener(flushRequestChannel, handler);
  },
});
