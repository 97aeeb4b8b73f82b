import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { contentSecurityPolicy } from './contentSecurityPolicy';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** A file to send, or null when the path names nothing inside the renderer build. */
export interface StaticFile {
  body: Buffer;
  contentType: string;
  path: string;
}

/**
 * Resolves a URL path to a file inside `root`, refusing anything that escapes it:
 * `..`, encoded separators, dot-files and links that point outside.
 */
export function resolveStaticFile(root: string, urlPath: string): StaticFile | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part.startsWith('.'))) return null;
  const realRoot = realpathSync(root);
  const candidate = resolve(realRoot, relative);
  if (!candidate.startsWith(realRoot + sep)) return null;
  try {
    const real = realpathSync(candidate);
    if (!real.startsWith(realRoot + sep) || !statSync(real).isFile()) return null;
    return {
      body: readFileSync(real),
      contentType: contentTypes[extname(real)] ?? 'application/octet-stream',
      path: real,
    };
  } catch {
    return null;
  }
}

/** The headers a file of the renderer build goes with, from the preview and in the desktop window. */
export function staticFileHeaders(file: StaticFile): Record<string, string> {
  return {
    'content-type': file.contentType,
    'content-security-policy': contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
  };
}

/** Path of the renderer's entry page. */
export function indexPath(root: string): string {
  return join(root, 'index.html');
}
