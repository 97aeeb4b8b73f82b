import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from '../../../renderer/api/httpClient';
import type { RpcRequest, RpcResponse } from '../../../renderer/api/rpcWorker';

/** A stand-in for the browser's Worker: it records what the page hands it and answers when told. */
class FakeWorker {
  static last: FakeWorker | null = null;
  onmessage: ((event: MessageEvent<RpcResponse>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly received: RpcRequest[] = [];
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(request: RpcRequest): void {
    this.received.push(request);
  }
  answer(id: number, status: number, body: unknown): void {
    this.onmessage?.({ data: { id, status, text: JSON.stringify(body) } } as MessageEvent<RpcResponse>);
  }
  fail(): void {
    this.onerror?.(new Event('error'));
  }
}

const fetchFromPage = vi.fn<typeof fetch>();

beforeEach(() => {
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('fetch', fetchFromPage);
  fetchFromPage.mockImplementation(async () => new Response(JSON.stringify({ ok: true, value: { from: 'page' } }), { status: 200 }));
});

afterEach(() => {
  vi.unstubAllGlobals();
  fetchFromPage.mockReset();
  FakeWorker.last = null;
});

describe("the preview's transport", () => {
  it('hands each call to the worker with the token and the body as text, and reads its answer', async () => {
    const api = createHttpClient('secret');
    const worker = FakeWorker.last!;
    const status = api.app.status({});
    const organisation = api.organisation.get({});
    expect(worker.received.map((request) => [new URL(request.url).pathname, request.token, request.body])).toEqual([
      ['/rpc/app.status', 'secret', '{}'],
      ['/rpc/organisation.get', 'secret', '{}'],
    ]);
    // Answers may come in any order; each goes to its own call.
    worker.answer(worker.received[1]!.id, 200, { ok: true, value: { name: 'Föreningen' } });
    worker.answer(worker.received[0]!.id, 200, { ok: true, value: { version: '1' } });
    await expect(organisation).resolves.toEqual({ name: 'Föreningen' });
    await expect(status).resolves.toEqual({ version: '1' });
    expect(fetchFromPage).not.toHaveBeenCalled();
  });

  it('sends the waiting calls and every later one from the page when the worker cannot start', async () => {
    const api = createHttpClient('secret');
    const worker = FakeWorker.last!;
    const waiting = api.app.status({});
    worker.fail();
    await expect(waiting).resolves.toEqual({ from: 'page' });
    await expect(api.organisation.get({})).resolves.toEqual({ from: 'page' });
    expect(worker.received).toHaveLength(1);
    expect(fetchFromPage.mock.calls.map(([url]) => String(url))).toEqual([expect.stringMatching(/\/rpc\/app\.status$/), '/rpc/organisation.get']);
  });

  it('ends a call as unanswered, not sent twice, when a worker that had answered fails', async () => {
    const api = createHttpClient('secret');
    const worker = FakeWorker.last!;
    const first = api.app.status({});
    worker.answer(worker.received[0]!.id, 200, { ok: true, value: {} });
    await first;
    const inFlight = api.organisation.get({});
    worker.fail();
    await expect(inFlight).rejects.toMatchObject({ code: 'UNREACHABLE' });
    expect(fetchFromPage).not.toHaveBeenCalled();
  });
});
