import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appIndexUrl, appScheme, appSchemePrivileges, createAppProtocolHandler } from '../../../../main/app/appProtocol';
import { contentSecurityPolicy } from '../../../../main/rendererFiles/contentSecurityPolicy';
import { isTrustedSender } from '../../../../main/ipc/assertTrustedSender';

let root: string;
let rendererDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'paragraf-protocol-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Paragraf</title>');
  writeFileSync(join(rendererDir, 'assets', 'index-abc.js'), 'export const answer = 42;');
  writeFileSync(join(root, 'paragraf.db'), 'the minutes');
  mkdirSync(join(root, 'main'));
  writeFileSync(join(root, 'main', 'electron.cjs'), 'secret');
  symlinkSync(join(root, 'paragraf.db'), join(rendererDir, 'assets', 'link.js'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppProtocolHandler(rendererDir)(new Request(url, { method }));

describe("the desktop window's scheme", () => {
  it('is registered as a standard, secure scheme with V8 code cache', () => {
    // Chromium keeps code cache for a custom scheme only when it is also standard.
    expect(appSchemePrivileges).toMatchObject({ standard: true, secure: true, codeCache: true });
    expect(new URL(appIndexUrl).protocol).toBe(`${appScheme}:`);
  });

  it('serves the page and its scripts from the renderer build with content type and CSP', async () => {
    const page = await get(appIndexUrl);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await page.text()).toContain('<title>Paragraf</title>');

    // Module scripts are refused by the browser without a JavaScript content type.
    const script = await get(`${appScheme}://app/assets/index-abc.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export const answer = 42;');

    const head = await get(`${appScheme}://app/assets/index-abc.js`, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves nothing outside the build, from another host, or to another method', async () => {
    for (const url of [
      `${appScheme}://app/../paragraf.db`,
      `${appScheme}://app/%2e%2e/paragraf.db`,
      `${appScheme}://app/..%2fmain%2felectron.cjs`,
      `${appScheme}://app/assets/%2e%2e%2f%2e%2e%2fparagraf.db`,
      `${appScheme}://app/assets/link.js`,
      `${appScheme}://app/assets/missing.js`,
      `${appScheme}://other/index.html`,
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('the minutes');
    }
    expect((await get(appIndexUrl, 'POST')).status).toBe(405);
  });

  it('is the only page whose top frame may call the API', () => {
    expect(isTrustedSender({ url: `${appIndexUrl}#/meeting/abc`, parent: null }, appIndexUrl)).toBe(true);
    expect(isTrustedSender({ url: `${appScheme}://other/index.html`, parent: null }, appIndexUrl)).toBe(false);
    expect(isTrustedSender({ url: 'file:///index.html', parent: null }, appIndexUrl)).toBe(false);
    expect(isTrustedSender({ url: appIndexUrl, parent: {} }, appIndexUrl)).toBe(false);
  });
});
