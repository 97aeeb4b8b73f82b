import type { IpcMain } from 'electron';
import { channelOf, methodKeys } from '../../shared/contract/methods';
import { fail } from '../../shared/contract/result';
import { isTrustedSender } from './assertTrustedSender';
import type { Dispatch } from './dispatch';

/** One IPC handler per contract method, each checking the sender before dispatching. */
export function registerIpcHandlers(ipcMain: IpcMain, dispatch: Dispatch, rendererUrl: string): () => void {
  for (const key of methodKeys) {
    ipcMain.handle(channelOf(key), (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, rendererUrl)) {
        return fail({ code: 'UNAUTHORIZED', message: 'untrusted sender' });
      }
      return dispatch(key, input);
    });
  }
  return () => {
    for (const key of methodKeys) ipcMain.removeHandler(channelOf(key));
  };
}
