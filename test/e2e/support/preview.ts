import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from which the built preview is started. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The built browser preview (`npm run build` makes it). */
export const previewScript = join(repoRoot, 'dist', 'main', 'preview.cjs');

/** The renderer build the preview serves, and nothing outside it. */
export const rendererDir = join(repoRoot, 'dist', 'renderer');

/** A running preview process on a data folder. */
export interface RunningPreview {
  /** The address printed on start: opening it sets the token cookie. */
  url: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  pid: number;
  /** Everything the process wrote to stderr so far. */
  stderr: () => string;
  /** Resolves with stderr once it contains `text` (stderr and stdout arrive independently). */
  waitForStderr: (text: string, timeoutMs?: number) => Promise<string>;
  /** Ends the process the normal way (SIGTERM) and resolves with its exit code. */
  stop: () => Promise<number | null>;
  /** Ends the process at once, as a crash or a power cut would (SIGKILL). */
  kill: () => Promise<void>;
  /** Resolves when the process has exited and all its output has been read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** How a preview that was expected to refuse to start ended. */
export interface FinishedPreview {
  code: number | null;
  stdout: string;
  stderr: string;
}

const startTimeoutMs = 15_000;

/** A fresh, empty temporary data folder. */
export function createDataDir(prefix = 'paragraf-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

function assertBuilt(): void {
  if (!existsSync(previewScript) || !existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The preview is not built (${previewScript}); run \`npm run build\` first.`);
  }
}

function spawnPreview(dataDir: string): ChildProcess {
  assertBuilt();
  return spawn(process.execPath, [previewScript, '--data-dir', dataDir, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Starts the preview on `dataDir` and a free port (`--port 0`) and waits for the line
 * `Öppna: http://127.0.0.1:N/?token=…` it prints when it listens.
 */
export async function startPreview(dataDir: string): Promise<RunningPreview> {
  const child = spawnPreview(dataDir);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The preview did not start within ${startTimeoutMs} ms.\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, startTimeoutMs);
    const onData = () => {
      const match = /Öppna: (http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(stdout);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve(match[1]);
    };
    child.stdout!.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`The preview exited (code ${code}, signal ${signal}) before it listened.\nstderr: ${stderr}`));
    });
  });
  const parsed = new URL(url);
  const pid = child.pid!;
  let finished = false;
  void exited.then(() => (finished = true));
  return {
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token: parsed.searchParams.get('token')!,
    dataDir,
    pid,
    stderr: () => stderr,
    waitForStderr: async (text, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (!stderr.includes(text) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      return stderr;
    },
    exited,
    stop: async () => {
      if (!finished) child.kill('SIGTERM');
      return (await exited).code;
    },
    kill: async () => {
      if (!finished) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Starts a preview that is expected to refuse to start, and waits for it to exit. */
export async function runPreviewUntilExit(dataDir: string, timeoutMs = startTimeoutMs): Promise<FinishedPreview> {
  const child = spawnPreview(dataDir);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The preview was expected to exit but still ran after ${timeoutMs} ms.\nstdout: ${stdout}`));
    }, timeoutMs);
    child.once('close', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  return { code, stdout, stderr };
}
