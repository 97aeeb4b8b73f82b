import type { CustomScheme } from 'electron';
import { resolveStaticFile, staticFileHeaders } from '../rendererFiles/staticFiles';

/**
 * The desktop window's own scheme. Its page is served from `paragraf://app/`, not from `file://`,
 * because Chromium keeps V8's code cache only for http(s) and for schemes registered with
 * `codeCache` (which requires `standard`): from file:// every start parses and compiles the whole
 * renderer again. The browser preview gets the same cache from its HTTP headers; there, a page
 * load with the cache took about half as long as the first (~480 against ~900 ms on a 2-core
 * machine, 200-§ meeting).
 */
export const appScheme = 'paragraf';
const appHost = 'app';

/** The address the window opens. */
export const appIndexUrl = `${appScheme}://${appHost}/index.html`;

/**
 * Registered before the app is ready. `standard` gives the scheme an origin (relative URLs,
 * 'self' in the CSP, localStorage) and is what `codeCache` needs; `secure` makes the page a secure
 * context as file:// was; `supportFetchAPI` and `corsEnabled` let the page's module scripts load
 * as they do from a web server.
 */
export const appSchemePrivileges: NonNullable<CustomScheme['privileges']> = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: true,
  codeCache: true,
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Answers `paragraf://app/<path>` with a file of the renderer build, with its content type and
 * the CSP; anything else (another host, a method other than GET or HEAD, a path that escapes the
 * build or names no file) gets an error status and no file. Plain web Request and Response, so it
 * runs and is tested under Node as it runs in Electron's `protocol.handle`.
 */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'bad address');
    }
    if (url.protocol !== `${appScheme}:` || url.host !== appHost) return plain(404, 'not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed');
    const file = resolveStaticFile(rendererDir, url.pathname);
    if (!file) return plain(404, 'not found');
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), { status: 200, headers: staticFileHeaders(file) });
  };
}
