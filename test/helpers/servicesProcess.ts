import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParagrafApi } from '../../shared/contract/api';
import { createHttpClient } from '../../renderer/api/httpClient';
import { createTempDir } from './createTestServices';

const root = resolve(__dirname, '..', '..');
const bundle = join(root, '.tmp', 'test-services', 'preview.cjs');
let built = false;

/** The real services in a plain Node process, reached over the preview's HTTP bridge. */
export interface ServicesProcess {
  api: ParagrafApi;
  dataDir: string;
  stop: () => Promise<void>;
}

function build(): void {
  if (built) return;
  mkdirSync(join(root, '.tmp', 'test-services'), { recursive: true });
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  // The esbuild binary, not its JS API: jsdom's globals confuse the API's byte checks.
  execFileSync(join(root, 'node_modules', '.bin', 'esbuild'), [
    'main/preview/main.ts',
    '--bundle',
    '--platform=node',
    '--target=node20',
    '--format=cjs',
    `--outfile=${bundle}`,
    '--external:better-sqlite3',
    '--external:electron',
    '--external:pdfkit',
    '--external:fontkit',
    `--define:__PARAGRAF_VERSION__=${JSON.stringify(JSON.stringify(version))}`,
    '--log-level=warning',
  ], { cwd: root });
  built = true;
}

/**
 * Starts Paragraf's services in a child Node process. Renderer tests run in jsdom, whose typed
 * arrays are not Node's, and pdfkit checks `instanceof Uint8Array`: exports must run in plain Node,
 * as they do in the app.
 */
export async function startServicesProcess(): Promise<ServicesProcess> {
  build();
  const dataDir = createTempDir();
  const child = spawn(process.execPath, [bundle, '--data-dir', dataDir, '--port', '0'], {
    cwd: root,
    env: { ...process.env, PARAGRAF_FONTS_DIR: join(root, 'build', 'fonts') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<URL>((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`services did not start: ${output}`)), 20_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      const match = /Öppna: (\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(new URL(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`services exited (${code}): ${output}`)));
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return {
    api: createHttpClient(url.searchParams.get('token') ?? '', url.origin),
    dataDir,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
