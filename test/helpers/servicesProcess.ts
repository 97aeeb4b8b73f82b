import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { ParagrafApi } from '../../shared/contract/api';
import { createHttpClient } from '../../renderer/api/httpClient';
import { bundleEnvironment, bundleMain, repositoryRoot } from './bundleMain';
import { createTempDir } from './createTestServices';

/** The real services in a plain Node process, reached over the preview's HTTP bridge. */
export interface ServicesProcess {
  api: ParagrafApi;
  dataDir: string;
  stop: () => Promise<void>;
}

/**
 * Starts Paragraf's services in a child Node process. Renderer tests run in jsdom, whose typed
 * arrays are not Node's, and pdfkit checks `instanceof Uint8Array`: exports must run in plain Node,
 * as they do in the app.
 */
export async function startServicesProcess(): Promise<ServicesProcess> {
  const bundle = bundleMain('main/preview/main.ts', 'preview');
  const dataDir = createTempDir();
  const child = spawn(process.execPath, [bundle, '--data-dir', dataDir, '--port', '0'], {
    cwd: repositoryRoot,
    env: bundleEnvironment(),
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
