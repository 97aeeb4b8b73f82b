// The preview's calls, sent from a worker: a fetch costs the page's main thread about a millisecond
// to start and more to finish, and an autosave starts one twice a second while the secretary types.
// Here the page only hands over the request's text and gets the answer's text back.
import { postRpc, type RpcAnswer } from './postRpc';

/** A call handed to the worker: where to send it, with what token and body. */
export interface RpcRequest {
  id: number;
  url: string;
  token: string;
  body: string;
}

/** Its answer, under the call's id. */
export type RpcResponse = RpcAnswer & { id: number };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RpcRequest>) => void) | null;
  postMessage: (message: RpcResponse) => void;
};

scope.onmessage = (event) => {
  const { id, url, token, body } = event.data;
  void postRpc(url, token, body).then((answer) => scope.postMessage({ id, ...answer }));
};
