import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const cli = resolve(__dirname, '..', '..', '..', 'dist', 'main', 'cli.cjs');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
}

describe('the command line', () => {
  it('`sample` creates the example meeting and prints its id on the last line', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'paragraf-cli-'));
    dirs.push(dataDir);
    const result = run(['sample', '--data-dir', dataDir]);
    expect(result.status).toBe(0);
    const id = result.stdout.trim().split('\n').at(-1);
    const db = new Database(join(dataDir, 'paragraf.db'), { readonly: true });
    const row = db.prepare('SELECT title, item_count FROM meetings WHERE id = ?').get(id) as { title: string; item_count: number };
    db.close();
    expect(row).toEqual({ title: 'Exempelmöte', item_count: 10 });
    expect(run(['list', '--data-dir', dataDir]).stdout).toContain(`${id}\t2026-11-12\tExempelmöte`);
  });

  it('answers an unknown command and a missing data folder with usage and a non-zero exit', () => {
    const unknown = run(['bogus', '--data-dir', tmpdir()]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Okänt kommando: bogus');
    const missing = run(['list']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--data-dir');
  });
});
