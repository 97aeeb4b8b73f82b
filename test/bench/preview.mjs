import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLongMinutes } from './minutesDocument.mjs';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Starts the built preview on `dataDir` and a free port, and resolves when it prints its address.
 * Returns the address, origin, port, token, and a way to stop it (SIGTERM).
 */
export async function startPreview(dataDir) {
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'main', 'preview.cjs'), '--data-dir', dataDir, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  const exited = new Promise((resolve) => child.once('close', (code) => resolve(code)));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start: ${stderr}`)), 15_000);
    child.stdout.on('data', () => {
      const match = /Öppna: (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited (${code}) before it listened: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token: parsed.searchParams.get('token'),
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Calls a method of the contract over the preview's HTTP bridge; throws on an error result. */
export async function call(preview, method, input) {
  const response = await fetch(`${preview.origin}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-paragraf-token': preview.token },
    body: JSON.stringify(input),
  });
  const result = await response.json();
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Debian's Chromium as every bench script starts it: the end-to-end tests' flags. */
export { chromiumArgs } from '../helpers/chromiumArgs.mjs';

/**
 * The benches' long meeting: one from the board template, its minutes replaced through the bridge by
 * `items` generated § (every kind of node) from `seed`. Resolves to its id, minutes and version.
 */
export async function createLongMeeting(preview, { title, items = 200, seed = 2026 }) {
  const [body] = await call(preview, 'bodies.list', {});
  const created = await call(preview, 'meetings.create', { templateId: 'builtin-board-meeting', bodyId: body.id, title, date: '2026-03-24' });
  const opened = await call(preview, 'meetings.open', { id: created.id });
  const document = buildLongMinutes(opened.document, { items, seed, lead: `${body.name} beslutar` });
  const saved = await call(preview, 'minutes.save', { meetingId: created.id, baseVersion: opened.version, document });
  return { meetingId: created.id, document, version: saved.version };
}
