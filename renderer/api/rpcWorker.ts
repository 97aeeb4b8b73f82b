// The preview's calls, sent from a worker: a fetch costs the page's main thread about a millisecond
// to start and more to finish, and an autosave starts one twice a second while the secretary types.
// Here the page only hands over the request's text and gets the answer's text back.

/** A call handed to the worker: where to send it, with what token and body. */
export interface RpcRequest {
  id: number;
  url: string;
  token: string;
  body: string;
}

/** Its answer: the HTTP status and body, or status 0 when nothing answered. */
export interface RpcResponse {
  id: number;
  status: number;
  text: string;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RpcRequest>) => void) | null;
  postMessage: (message: RpcResponse) => void;
};

scope.onmessage = (event) => {
  const { id, url, token, body } = event.data;
  void (async () => {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-paragraf-token': token }, body });
      scope.postMessage({ id, status: response.status, text: await response.text() });
    } catch {
      scope.postMessage({ id, status: 0, text: '' });
    }
  })();
};
