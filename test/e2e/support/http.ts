import { request, type IncomingHttpHeaders } from 'node:http';

/** An answer from the preview, read whole. */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Sends one HTTP request to the preview exactly as written: the path is not normalised (so `..`
 * and encoded separators reach the server) and the Host header can be anything.
 */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${port}`, connection: 'close', ...options.headers };
    if (options.body !== undefined) headers['content-length'] = String(Buffer.byteLength(options.body));
    const outgoing = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** Calls a method of the contract over the bridge as the renderer does, with a chosen token. */
export function rpc(port: number, method: string, input: unknown, token: string | null): Promise<RawResponse> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== null) headers['x-paragraf-token'] = token;
  return rawRequest(port, { method: 'POST', path: `/rpc/${method}`, headers, body: JSON.stringify(input) });
}
