import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { App, IpcMain, Session } from 'electron';
import { appIndexUrl } from '../../../../main/app/appProtocol';
import { contentSecurityPolicy } from '../../../../main/rendererFiles/contentSecurityPolicy';
import { applySecurity, isAllowedExternalUrl } from '../../../../main/app/security';
import { mainWindowOptions } from '../../../../main/app/windowOptions';
import { isTrustedSender } from '../../../../main/ipc/assertTrustedSender';
import { registerIpcHandlers } from '../../../../main/ipc/registerIpcHandlers';
import { channelOf, methodKeys } from '../../../../shared/contract/methods';
import { ok } from '../../../../shared/contract/result';

const rendererUrl = appIndexUrl;

describe('Electron window defaults', () => {
  it('isolates the page: context isolation, sandbox, no Node, no webview', () => {
    const options = mainWindowOptions('/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
    });
  });

  it('opens only https links outside, and nothing else', () => {
    expect(isAllowedExternalUrl('https://www.riksdagen.se/')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a url']) {
      expect(isAllowedExternalUrl(url)).toBe(false);
    }
  });

  it('denies new windows, navigation and permissions, and sets the CSP on every response', () => {
    const app = new EventEmitter();
    let headersHook: ((details: { responseHeaders: Record<string, string[]> }, callback: (result: unknown) => void) => void) | undefined;
    let permissionHook: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    const session = {
      webRequest: { onHeadersReceived: (hook: typeof headersHook) => (headersHook = hook) },
      setPermissionRequestHandler: (hook: typeof permissionHook) => (permissionHook = hook),
    };
    const opened: string[] = [];
    applySecurity(app as unknown as App, session as unknown as Session, (url) => opened.push(url));

    let headers: unknown;
    headersHook!({ responseHeaders: { a: ['b'] } }, (result) => (headers = result));
    expect(headers).toEqual({ responseHeaders: { a: ['b'], 'Content-Security-Policy': [contentSecurityPolicy] } });
    let granted = true;
    permissionHook!(null, 'media', (answer) => (granted = answer));
    expect(granted).toBe(false);

    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
      setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
        this.openHandler = handler;
      },
    });
    app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.org']);
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
  });
});

describe('IPC', () => {
  it('trusts only the top frame of Paragraf’s own page', () => {
    expect(isTrustedSender({ url: `${rendererUrl}#/meeting/x`, parent: null }, rendererUrl)).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/index.html', parent: null }, rendererUrl)).toBe(false);
    expect(isTrustedSender({ url: rendererUrl, parent: {} }, rendererUrl)).toBe(false);
    expect(isTrustedSender(null, rendererUrl)).toBe(false);
  });

  it('registers one handler per method, each refusing an untrusted sender before dispatching', async () => {
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
    const ipcMain = {
      handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) => handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    };
    const dispatched: string[] = [];
    const dispose = registerIpcHandlers(ipcMain as unknown as IpcMain, async (key) => (dispatched.push(key), ok([])), rendererUrl);
    expect([...handlers.keys()].sort()).toEqual(methodKeys.map(channelOf).sort());
    const handler = handlers.get(channelOf('meetings.list'))!;
    expect(await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    expect(dispatched).toEqual([]);
    expect(await handler({ senderFrame: { url: rendererUrl, parent: null } }, {})).toEqual({ ok: true, value: [] });
    expect(dispatched).toEqual(['meetings.list']);
    dispose();
    expect(handlers.size).toBe(0);
  });
});
