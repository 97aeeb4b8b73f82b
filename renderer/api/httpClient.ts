import type { ParagrafApi } from '../../shared/contract/api';
import { createClient } from '../../shared/contract/createClient';
import { isErrorCode } from '../../shared/contract/errors';
import type { Result } from '../../shared/contract/result';
import type { RpcRequest, RpcResponse } from './rpcWorker';

/** Sends a call's body and resolves to the answer's status and text (status 0: no answer). */
type Post = (url: string, token: string, body: string) => Promise<{ status: number; text: string }>;

/** Straight from the page: where there are no workers (tests under Node and jsdom). */
const postFromPage: Post = async (url, token, body) => {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-paragraf-token': token }, body });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
};

/** Through a worker, so the page's main thread neither starts nor reads the requests. */
function postFromWorker(): Post | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./rpcWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const pending = new Map<number, (answer: { status: number; text: string }) => void>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<RpcResponse>) => {
    pending.get(event.data.id)?.(event.data);
    pending.delete(event.data.id);
  };
  // A worker that cannot start (refused by the browser) answers nothing: every call waiting on it
  // is sent from the page instead, and so is every later one.
  let failed = false;
  const waiting = new Map<number, RpcRequest>();
  worker.onerror = () => {
    failed = true;
    for (const [id, request] of waiting) void postFromPage(request.url, request.token, request.body).then((answer) => pending.get(id)?.(answer));
  };
  return (url, token, body) => {
    if (failed) return postFromPage(url, token, body);
    const id = nextId++;
    const request: RpcRequest = { id, url: new URL(url, document.baseURI).href, token, body };
    return new Promise((resolve) => {
      waiting.set(id, request);
      pending.set(id, (answer) => {
        waiting.delete(id);
        pending.delete(id);
        resolve(answer);
      });
      worker.postMessage(request);
    });
  };
}

/** The preview's transport: the contract over `POST /rpc/<method>` with this launch's token. */
export function createHttpClient(token: string, baseUrl = ''): ParagrafApi {
  const post = postFromWorker() ?? postFromPage;
  return createClient(async (key, input): Promise<Result<unknown>> => {
    const answer = await post(`${baseUrl}/rpc/${key}`, token, JSON.stringify(input));
    if (answer.status === 0) return { ok: false, error: { code: 'UNREACHABLE', message: 'no answer from Paragraf' } };
    if (answer.status === 401) return { ok: false, error: { code: 'UNAUTHORIZED', message: 'token refused' } };
    try {
      const body = JSON.parse(answer.text) as Result<unknown>;
      if (body.ok || isErrorCode(body.error?.code)) return body;
    } catch {
      // fall through: an answer that is not a result
    }
    return { ok: false, error: { code: 'INTERNAL', message: `unexpected answer (${answer.status})` } };
  });
}
