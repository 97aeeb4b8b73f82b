import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createClient } from '../../shared/contract/createClient';
import type { ParagrafApi } from '../../shared/contract/api';
import { createDispatcher } from '../../main/ipc/dispatch';
import { startServices, type RunningServices } from '../../main/services/startServices';

/** Services on a fresh data folder, with the in-memory client over them. */
export interface TestServices extends RunningServices {
  api: ParagrafApi;
  dataDir: string;
  dispose: () => void;
}

/** A temporary data folder for a test; removed by `dispose`. */
export function createTempDir(prefix = 'paragraf-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A temporary folder removed when the current test has finished, passed or failed. */
export function tempDirForThisTest(): string {
  const dir = createTempDir();
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts the real services on a temporary data folder, reached through the in-memory client. */
export function createTestServices(options: { dataDir?: string; now?: () => Date } = {}): TestServices {
  const dataDir = options.dataDir ?? createTempDir();
  const running = startServices({ dataDir, version: 'test', now: options.now });
  const dispatch = createDispatcher(running.ctx, () => undefined);
  const api = createClient(async (key, input) => structuredClone(await dispatch(key, structuredClone(input))));
  return {
    ...running,
    api,
    dataDir,
    dispose: () => {
      running.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
