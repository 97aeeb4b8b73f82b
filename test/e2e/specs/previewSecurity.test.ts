import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup } from '../support/cleanup';
import { rawRequest, rpc, type RawResponse } from '../support/http';
import { openDatabaseReadOnly } from '../support/minutesDatabase';
import { repoRoot, rendererDir, type RunningPreview } from '../support/preview';

const cleanup = new Cleanup();
let preview: RunningPreview;
let dataDir: string;
let cookie: string;

beforeAll(async () => {
  dataDir = cleanup.dataDir();
  preview = await cleanup.preview(dataDir);
  const login = await rawRequest(preview.port, { path: `/?token=${preview.token}` });
  expect(login.status).toBe(303);
  const setCookie = login.headers['set-cookie']?.[0] ?? '';
  expect(setCookie).toMatch(/HttpOnly/);
  expect(setCookie).toMatch(/SameSite=Strict/);
  cookie = setCookie.split(';')[0]!;
});
afterAll(() => cleanup.run());

/** A token of the right length that is not this launch's. */
function wrongToken(token: string): string {
  const last = token.at(-1) === 'A' ? 'B' : 'A';
  return token.slice(0, -1) + last;
}

function withCookie(headers: Record<string, string> = {}): Record<string, string> {
  return { cookie, ...headers };
}

function parseResult(response: RawResponse): unknown {
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return JSON.parse(response.body);
}

describe('the preview bridge: the token', () => {
  it('serves the app and answers calls with the token (the controls for the refusals below)', async () => {
    const page = await rawRequest(preview.port, { path: '/', headers: withCookie() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<meta name="paragraf-token"');
    const asset = readdirSync(join(rendererDir, 'assets')).find((name) => name.endsWith('.js'))!;
    expect((await rawRequest(preview.port, { path: `/assets/${asset}`, headers: withCookie() })).status).toBe(200);
    const list = await rpc(preview.port, 'meetings.list', {}, preview.token);
    expect(list.status).toBe(200);
    expect(parseResult(list)).toEqual({ ok: true, value: [] });
  });

  it('refuses requests without the token with 401', async () => {
    const page = await rawRequest(preview.port, { path: '/' });
    expect(page.status).toBe(401);
    expect(page.body).not.toContain(preview.token);
    const asset = await rawRequest(preview.port, { path: '/favicon.svg' });
    expect(asset.status).toBe(401);
    expect((await rpc(preview.port, 'meetings.list', {}, null)).status).toBe(401);
  });

  it('refuses a wrong token with 401, in the address, the cookie and the header', async () => {
    const wrong = wrongToken(preview.token);
    const login = await rawRequest(preview.port, { path: `/?token=${wrong}` });
    expect(login.status).toBe(401);
    expect(login.headers['set-cookie']).toBeUndefined();
    expect((await rawRequest(preview.port, { path: '/?token=' })).status).toBe(401);
    expect((await rawRequest(preview.port, { path: '/', headers: { cookie: `paragraf-token=${wrong}` } })).status).toBe(401);
    expect((await rpc(preview.port, 'meetings.list', {}, wrong)).status).toBe(401);
    expect((await rpc(preview.port, 'meetings.list', {}, `${preview.token}x`)).status).toBe(401);
    expect((await rpc(preview.port, 'meetings.list', {}, '')).status).toBe(401);
  });

  it('does not take the cookie alone for a call, so another site cannot make the browser call', async () => {
    const response = await rawRequest(preview.port, {
      method: 'POST',
      path: '/rpc/meetings.list',
      headers: withCookie({ 'content-type': 'application/json', origin: 'https://evil.example' }),
      body: '{}',
    });
    expect(response.status).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('the preview bridge: files', () => {
  const outside = [
    { file: join(repoRoot, 'package.json'), marker: '"name": "paragraf"' },
    { file: join(repoRoot, 'main', 'preview', 'main.ts'), marker: 'startPreviewServer' },
    { file: join(repoRoot, 'dist', 'main', 'preview.cjs'), marker: 'startPreviewServer' },
    { file: '/etc/passwd', marker: 'root:' },
  ];

  const attempts = [
    '/../package.json',
    '/%2e%2e/package.json',
    '/.%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%2fpackage.json',
    '/%252e%252e/package.json',
    '/assets/../../main/preview/main.ts',
    '/assets/%2e%2e/%2e%2e/main/preview/main.ts',
    '/assets/..%2f..%2fmain%2fpreview%2fmain.ts',
    '/../main/preview.cjs',
    '/%2e%2e/main/preview.cjs',
    '/..\\package.json',
    '/assets\\..\\..\\package.json',
    '/..%5cpackage.json',
    '/%5c..%5cpackage.json',
    '/assets/..%5c..%5c..%5cpackage.json',
    '/..%255cpackage.json',
    '/../../../../../../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '//etc/passwd',
    '/etc/passwd%00.js',
    '/favicon.svg%00/../../package.json',
    'file:///etc/passwd',
    `http://127.0.0.1/../package.json`,
  ];

  it('has files to leak, so the checks below can fail', () => {
    for (const { file, marker } of outside) expect(readFileSync(file, 'utf8')).toContain(marker);
  });

  it.each(attempts)('never serves a file outside the renderer build for %s', async (path) => {
    const response = await rawRequest(preview.port, { path, headers: withCookie() });
    expect([400, 403, 404]).toContain(response.status);
    for (const { marker } of outside) expect(response.body).not.toContain(marker);
  });
});

describe('the preview bridge: the Host header', () => {
  const wrongHosts = ['evil.example', 'evil.example:PORT', '127.0.0.1', '127.0.0.1:1', 'localhost.evil.example:PORT', '127.0.0.2:PORT', '[::1]:PORT'];

  it('answers under its own names (the control)', async () => {
    for (const host of [`127.0.0.1:${preview.port}`, `localhost:${preview.port}`]) {
      expect((await rawRequest(preview.port, { path: '/', headers: withCookie({ host }) })).status).toBe(200);
    }
  });

  it.each(wrongHosts)('refuses Host %s even with a valid token', async (pattern) => {
    const host = pattern.replace('PORT', String(preview.port));
    const page = await rawRequest(preview.port, { path: '/', headers: withCookie({ host }) });
    expect(page.status).toBe(403);
    const login = await rawRequest(preview.port, { path: `/?token=${preview.token}`, headers: { host } });
    expect(login.status).toBe(403);
    expect(login.headers['set-cookie']).toBeUndefined();
    const call = await rawRequest(preview.port, {
      method: 'POST',
      path: '/rpc/meetings.list',
      headers: { host, 'content-type': 'application/json', 'x-paragraf-token': preview.token },
      body: '{}',
    });
    expect(call.status).toBe(403);
    expect(call.body).not.toContain('"ok":true');
  });
});

describe('the preview bridge: input', () => {
  /** Everything a call could change, to compare before and after. */
  function snapshot(): string {
    const db = openDatabaseReadOnly(dataDir);
    try {
      const tables = ['organisations', 'bodies', 'templates', 'meetings', 'minutes'];
      const present = new Set(
        (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name),
      );
      expect(present.has('meetings') && present.has('minutes')).toBe(true);
      return JSON.stringify(
        tables.filter((table) => present.has(table)).map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()),
      );
    } finally {
      db.close();
    }
  }

  async function call(method: string, input: unknown): Promise<unknown> {
    const response = await rpc(preview.port, method, input, preview.token);
    expect(response.status).toBe(200);
    return parseResult(response);
  }

  it('answers invalid input with a typed INVALID_INPUT error and writes nothing', async () => {
    const bodies = (await call('bodies.list', {})) as { ok: true; value: Array<{ id: string }> };
    const bodyId = bodies.value[0]!.id;
    const created = (await call('meetings.create', {
      templateId: 'builtin-board-meeting',
      bodyId,
      title: 'Styrelsemöte',
      date: '2026-03-10',
    })) as { ok: true; value: { id: string } };
    const meetingId = created.value.id;
    const opened = (await call('meetings.open', { id: meetingId })) as { ok: true; value: { version: number; document: unknown } };
    const { version, document } = opened.value;
    const validCreate = { templateId: 'builtin-board-meeting', bodyId, title: 'Nytt', date: '2026-03-11' };

    const invalid: Array<[string, unknown]> = [
      ['meetings.create', {}],
      ['meetings.create', { ...validCreate, title: '' }],
      ['meetings.create', { ...validCreate, title: 'x'.repeat(201) }],
      ['meetings.create', { ...validCreate, date: '2026-02-30' }],
      ['meetings.create', { ...validCreate, bodyId: '../../etc/passwd' }],
      ['meetings.create', { ...validCreate, admin: true }],
      ['meetings.create', [validCreate]],
      ['meetings.create', null],
      ['meetings.open', { id: "x' OR '1'='1" }],
      ['minutes.save', { meetingId, baseVersion: version }],
      ['minutes.save', { meetingId, baseVersion: -1, document }],
      ['minutes.save', { meetingId, baseVersion: String(version), document }],
      ['minutes.save', { meetingId, baseVersion: version + 0.5, document }],
      ['minutes.save', { meetingId, baseVersion: version, document: 'text' }],
      ['minutes.save', { meetingId, baseVersion: version, document: { type: 'paragraph' } }],
      ['minutes.save', { meetingId: '../minutes', baseVersion: version, document }],
      ['organisation.rename', { name: '   ' }],
      ['meetings.list', { extra: 1 }],
    ];

    const db = openDatabaseReadOnly(dataDir);
    try {
      const dataVersion = () => db.pragma('data_version', { simple: true }) as number;
      const before = snapshot();
      const versionBefore = dataVersion();
      for (const [method, input] of invalid) {
        const result = await call(method, input);
        expect(result, `${method} ${JSON.stringify(input)}`).toMatchObject({
          ok: false,
          error: { code: 'INVALID_INPUT', message: expect.any(String) },
        });
      }
      const notJson = await rawRequest(preview.port, {
        method: 'POST',
        path: '/rpc/meetings.create',
        headers: { 'content-type': 'application/json', 'x-paragraf-token': preview.token },
        body: '{"title": ',
      });
      expect(notJson.status).toBe(400);
      expect(parseResult(notJson)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(await call('meetings.drop', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

      expect(dataVersion(), 'no write reached the database').toBe(versionBefore);
      expect(snapshot()).toBe(before);

      // The control: a valid save is seen by the same checks.
      expect(await call('minutes.save', { meetingId, baseVersion: version, document })).toMatchObject({ ok: true });
      expect(dataVersion()).not.toBe(versionBefore);
      expect(snapshot()).not.toBe(before);
    } finally {
      db.close();
    }
  });
});
