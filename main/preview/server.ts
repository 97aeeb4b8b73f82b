import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../ipc/dispatch';
import { resolveStaticFile, staticFileHeaders } from '../rendererFiles/staticFiles';
import { createToken, tokenMatches } from './token';

/** The header the renderer sends its token in; a cross-site page cannot set it without CORS. */
export const tokenHeader = 'x-paragraf-token';
const tokenCookie = 'paragraf-token';
const maxBodyBytes = 64 * 1024 * 1024;

/** A running preview server. */
export interface PreviewServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

/**
 * The browser preview: serves the built renderer and the contract over `POST /rpc/<method>`,
 * on 127.0.0.1 only, to requests that carry this launch's token.
 */
export async function startPreviewServer(options: {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
}): Promise<PreviewServer> {
  const token = options.token ?? createToken();
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, 'text/plain', 'internal error'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(request.headers.host, port)) return send(response, 403, 'text/plain', 'forbidden host');
    if (request.method === 'GET' && url.pathname === '/' && url.searchParams.has('token')) {
      if (!tokenMatches(token, url.searchParams.get('token'))) return refuse(response);
      response.writeHead(303, {
        location: '/',
        'set-cookie': `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      response.end();
      return;
    }
    if (url.pathname.startsWith('/rpc/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain', 'method not allowed');
      if (!tokenMatches(token, headerValue(request.headers[tokenHeader]))) return refuse(response);
      return handleRpc(request, response, decodeURIComponent(url.pathname.slice('/rpc/'.length)));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'method not allowed');
    if (!tokenMatches(token, readCookie(request.headers.cookie, tokenCookie))) return refuse(response);
    const file = resolveStaticFile(options.rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain', 'not found');
    const isIndex = file.path.endsWith('index.html');
    const body = isIndex
      ? Buffer.from(file.body.toString('utf8').replace('<head>', `<head><meta name="paragraf-token" content="${token}">`))
      : file.body;
    response.writeHead(200, {
      ...staticFileHeaders(file),
      'referrer-policy': 'no-referrer',
      'cache-control': isIndex ? 'no-store' : 'max-age=3600',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function handleRpc(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    const raw = await readBody(request);
    if (raw === null) return sendJson(response, 413, { ok: false, error: { code: 'INVALID_INPUT', message: 'request too large' } });
    let input: unknown;
    try {
      input = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
    } catch {
      return sendJson(response, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'body is not JSON' } });
    }
    sendJson(response, 200, await options.dispatch(method, input));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}

function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBodyBytes) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    });
    request.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function refuse(response: ServerResponse): void {
  send(
    response,
    401,
    'text/plain; charset=utf-8',
    'Paragraf: öppna adressen som skrevs ut när förhandsvisningen startade (den innehåller nyckeln).\n',
  );
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': contentType, 'x-content-type-options': 'nosniff' });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(value));
}
