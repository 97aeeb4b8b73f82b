import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { createHttpTestServices, type HttpTestServices } from '../../../helpers/createHttpTestServices';

let services: HttpTestServices;
beforeEach(async () => {
  services = await createHttpTestServices();
});
afterEach(async () => {
  await services.dispose();
});

/** A raw request, so nothing (no URL normalisation, no fetch rules) hides what the server does. */
function raw(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: services.server.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${services.server.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function cookie() {
  return { cookie: `paragraf-token=${services.server.token}` };
}

describe('the preview server', () => {
  it('refuses pages and calls without the token, or with a wrong one', async () => {
    expect((await raw({ path: '/' })).status).toBe(401);
    expect((await raw({ path: '/assets/app.js' })).status).toBe(401);
    expect((await raw({ path: '/?token=wrong' })).status).toBe(401);
    expect((await raw({ path: '/rpc/meetings.list', method: 'POST', body: '{}' })).status).toBe(401);
    const wrong = await raw({ path: '/rpc/meetings.list', method: 'POST', body: '{}', headers: { 'x-paragraf-token': 'x'.repeat(32) } });
    expect(wrong.status).toBe(401);
    const cookieOnly = await raw({ path: '/rpc/meetings.list', method: 'POST', body: '{}', headers: cookie() });
    expect(cookieOnly.status).toBe(401);
  });

  it('trades the token in the printed URL for a cookie and serves the page with a CSP', async () => {
    const entry = await raw({ path: `/?token=${services.server.token}` });
    expect(entry.status).toBe(303);
    expect(String(entry.headers['set-cookie'])).toContain('HttpOnly');
    expect(String(entry.headers['set-cookie'])).toContain('SameSite=Strict');
    const page = await raw({ path: '/', headers: cookie() });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.body).toContain(`<meta name="paragraf-token" content="${services.server.token}">`);
    expect((await raw({ path: '/assets/app.js', headers: cookie() })).body).toBe('console.log("app");');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/../../secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2fetc%2fpasswd',
    '//etc/passwd',
    '/.hidden',
  ])('serves nothing outside the renderer build for %s', async (path) => {
    const response = await raw({ path, headers: cookie() });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the renderer build');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await raw({ path: '/', headers: { ...cookie(), host: `evil.example:${services.server.port}` } });
    expect(response.status).toBe(403);
  });

  it('answers bad calls with typed errors as data', async () => {
    const headers = { 'x-paragraf-token': services.server.token, 'content-type': 'application/json' };
    const notJson = await raw({ path: '/rpc/meetings.list', method: 'POST', body: '{oops', headers });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await raw({ path: '/rpc/meetings.drop', method: 'POST', body: '{}', headers });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const bad = await raw({ path: '/rpc/meetings.create', method: 'POST', body: '{"title":1}', headers });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await raw({ path: '/rpc/meetings.list', method: 'GET', headers })).status).toBe(405);
    expect(await services.api.meetings.list({})).toEqual([]);
  });
});
