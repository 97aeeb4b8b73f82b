import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParagrafApi } from '../../shared/contract/api';
import { createDispatcher } from '../../main/ipc/dispatch';
import { startPreviewServer, type PreviewServer } from '../../main/preview/server';
import { startServices } from '../../main/services/startServices';
import { createHttpClient } from '../../renderer/api/httpClient';
import { createTempDir } from './createTestServices';

/** The real services behind the real preview server, reached through the renderer's HTTP client. */
export interface HttpTestServices {
  api: ParagrafApi;
  server: PreviewServer;
  dataDir: string;
  rendererDir: string;
  dispose: () => Promise<void>;
}

/** Starts services and the preview server on temporary folders (with a tiny renderer build). */
export async function createHttpTestServices(): Promise<HttpTestServices> {
  const dataDir = createTempDir();
  const rendererDir = join(createTempDir('paragraf-renderer-'), 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  writeFileSync(join(rendererDir, '..', 'secret.txt'), 'outside the renderer build');
  const running = startServices({ dataDir, version: 'test' });
  const server = await startPreviewServer({ dispatch: createDispatcher(running.ctx, () => undefined), rendererDir });
  const api = createHttpClient(server.token, `http://127.0.0.1:${server.port}`);
  return {
    api,
    server,
    dataDir,
    rendererDir,
    dispose: async () => {
      await server.close();
      running.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(dirname(rendererDir), { recursive: true, force: true });
    },
  };
}
