import type { ParagrafApi } from '../../shared/contract/api';
import { createClient } from '../../shared/contract/createClient';
import { isErrorCode } from '../../shared/contract/errors';
import type { Result } from '../../shared/contract/result';
import { postRpc, type RpcAnswer } from './postRpc';
import type { RpcRequest, RpcResponse } from './rpcWorker';

/**
 * Sends calls through a worker, so the page's main thread neither starts nor reads the requests;
 * null where there are no workers (tests under Node and jsdom), where the page sends them itself.
 */
function workerPost(): typeof postRpc | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./rpcWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const pending = new Map<number, { request: RpcRequest; resolve: (answer: RpcAnswer) => void }>();
  let nextId = 1;
  let answered = false;
  let failed = false;
  const settle = (id: number, answer: RpcAnswer) => {
    pending.get(id)?.resolve(answer);
    pending.delete(id);
  };
  worker.onmessage = (event: MessageEvent<RpcResponse>) => {
    answered = true;
    settle(event.data.id, event.data);
  };
  // A worker that could not start (refused by the browser) sent nothing: the calls waiting on it are
  // sent from the page. One that failed later may have sent them: they end as unanswered, which the
  // autosaver retries. Either way every later call is sent from the page.
  worker.onerror = () => {
    failed = true;
    for (const [id, { request }] of pending) {
      if (answered) settle(id, { status: 0, text: '' });
      else void postRpc(request.url, request.token, request.body).then((answer) => settle(id, answer));
    }
  };
  return (url, token, body) => {
    if (failed) return postRpc(url, token, body);
    const request: RpcRequest = { id: nextId++, url: new URL(url, document.baseURI).href, token, body };
    return new Promise((resolve) => {
      pending.set(request.id, { request, resolve });
      worker.postMessage(request);
    });
  };
}

/** The preview's transport: the contract over `POST /rpc/<method>` with this launch's token. */
export function createHttpClient(token: string, baseUrl = ''): ParagrafApi {
  const post = workerPost() ?? postRpc;
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
