import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    // The build config beside the sources runs in Node at build time, not in the app.
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.config.ts') ? [path] : [];
  });
}

/** What a file imports; with `runtimeOnly`, without `import type` and `export type`, which are erased. */
function imports(file: string, { runtimeOnly = false } = {}): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:import|export)(\s+type\b)?[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .filter((match) => !(runtimeOnly && match[1]))
    .map((match) => match[2] ?? match[3] ?? '');
}

function target(file: string, specifier: string): string {
  return specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : specifier;
}

/** The folder rules of the house plan, checked on every test run rather than in review. */
const rules: { folder: string; allowed: (file: string, to: string) => boolean; why: string }[] = [
  {
    folder: 'shared',
    why: 'shared/ is plain TypeScript: nothing from main or renderer, no node:, electron, react or DOM packages',
    allowed: (_file, to) =>
      !to.startsWith('main') && !to.startsWith('renderer') && !to.startsWith('node:') && !['electron', 'react', 'react-dom', 'better-sqlite3'].includes(to) && !to.startsWith('@tiptap/react'),
  },
  {
    folder: 'renderer',
    why: 'the renderer is a browser page: only shared/ and itself, never Node or electron',
    allowed: (_file, to) => !to.startsWith('main') && !to.startsWith('node:') && to !== 'electron' && to !== 'better-sqlite3',
  },
  {
    folder: 'main/services',
    why: 'services run under plain Node: no electron',
    allowed: (_file, to) => to !== 'electron' && !to.startsWith('renderer'),
  },
  {
    folder: 'main/preload',
    why: 'the preload imports only electron, shared/contract and its own folder',
    allowed: (_file, to) => to === 'electron' || to.startsWith('shared/contract') || to.startsWith('main/preload/'),
  },
];

describe('import boundaries', () => {
  for (const rule of rules) {
    it(`${rule.folder}: ${rule.why}`, () => {
      const offending = sourceFiles(rule.folder).flatMap((file) =>
        imports(file)
          .map((specifier) => target(file, specifier))
          .filter((to) => !rule.allowed(file, to))
          .map((to) => `${file} → ${to}`),
      );
      expect(offending).toEqual([]);
    });
  }
});

/** Every source file a file loads at run time through its imports (packages by name). */
function reachable(start: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('shared') && !file.startsWith('renderer') && !file.startsWith('main')) return;
    for (const specifier of imports(file, { runtimeOnly: true })) {
      const to = target(file, specifier);
      visit(/^(shared|renderer|main)\//.test(to) ? `${to}.ts` : to);
    }
  };
  visit(start);
  return seen;
}

describe('what the clients of the contract load', () => {
  it('the preload and the page build the API from the method list alone, without the input schemas or zod', () => {
    for (const client of ['main/preload/preload.ts', 'renderer/api/httpClient.ts']) {
      const loaded = [...reachable(client)];
      expect(loaded).toContain('shared/contract/methods.ts');
      expect(loaded.filter((file) => file === 'zod' || file === 'shared/contract/inputs.ts')).toEqual([]);
    }
  });
});
