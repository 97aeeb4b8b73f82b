import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root. */
export const repositoryRoot = resolve(__dirname, '..', '..');
const built = new Map<string, string>();

/**
 * Bundles a main-process entry (the CLI, the preview) as the build does, into .tmp/, so tests can
 * run it as a real Node process without `npm run build`. Uses the esbuild binary, not its JS
 * API, whose byte checks jsdom's globals confuse.
 */
export function bundleMain(entry: string, name: string): string {
  const cached = built.get(name);
  if (cached) return cached;
  const folder = join(repositoryRoot, '.tmp', 'test-bundles');
  mkdirSync(folder, { recursive: true });
  const outfile = join(folder, `${name}.cjs`);
  const { version } = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string };
  execFileSync(
    join(repositoryRoot, 'node_modules', '.bin', 'esbuild'),
    [
      entry,
      '--bundle',
      '--platform=node',
      '--target=node20',
      '--format=cjs',
      `--outfile=${outfile}`,
      ...['better-sqlite3', 'electron', 'pdfkit', 'fontkit'].map((name) => `--external:${name}`),
      `--define:__PARAGRAF_VERSION__=${JSON.stringify(JSON.stringify(version))}`,
      '--log-level=warning',
    ],
    { cwd: repositoryRoot },
  );
  built.set(name, outfile);
  return outfile;
}

/** The environment a bundle in .tmp/ runs with: where the fonts Paragraf embeds are. */
export function bundleEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, PARAGRAF_FONTS_DIR: join(repositoryRoot, 'build', 'fonts') };
}
