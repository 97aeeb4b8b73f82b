// Bundles the main-process entry points with esbuild: the Electron main and preload, the
// browser preview and the command line. better-sqlite3 and electron stay external, and so do
// pdfkit and fontkit: pdfkit reads its ICC profile and font data from files beside its own code.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['better-sqlite3', 'electron', 'pdfkit', 'fontkit'],
  define: { __PARAGRAF_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: { preview: 'main/preview/main.ts', cli: 'main/cli.ts', electron: 'main/index.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { preload: 'main/preload/preload.ts' }, outdir: 'dist/main', outExtension: { '.js': '.cjs' } }),
]);
