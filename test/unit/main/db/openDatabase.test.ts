import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../../../main/db/dataDirLock';
import { latestSchemaVersion, migrate } from '../../../../main/db/migrate';
import { openDatabase } from '../../../../main/db/openDatabase';
import { startServices } from '../../../../main/services/startServices';
import { createTempDir } from '../../../helpers/createTestServices';

const dirs: string[] = [];
function tempDir(): string {
  const dir = createTempDir();
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('opens with WAL, synchronous FULL and foreign keys, migrated to the latest version', () => {
    const { db, notices } = openDatabase(join(tempDir(), 'paragraf.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
    expect(notices).toEqual([]);
    db.close();
  });

  it('moves a corrupt file aside, keeps its bytes, and starts a fresh database', () => {
    const dir = tempDir();
    const path = join(dir, 'paragraf.db');
    const garbage = Buffer.from('this is not a database, but it was someone’s minutes '.repeat(200));
    writeFileSync(path, garbage);
    const { db, notices } = openDatabase(path, () => new Date('2026-11-23T10:00:00Z'));
    expect(notices).toHaveLength(1);
    const movedTo = notices[0]!.movedTo;
    expect(movedTo).toBe(`${path}.skadad-2026-11-23T10-00-00-000Z`);
    expect(readFileSync(movedTo)).toEqual(garbage);
    expect(db.prepare('SELECT count(*) AS n FROM meetings').get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a database written by a newer Paragraf and leaves it untouched', () => {
    const dir = tempDir();
    const path = join(dir, 'paragraf.db');
    const future = new Database(path);
    future.pragma('user_version = 99999');
    future.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'DATABASE_TOO_NEW' }));
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(dir).filter((name) => name.includes('skadad'))).toEqual([]);
  });
});

describe('migrate', () => {
  it('applies pending migrations in order, each setting user_version', () => {
    const db = new Database(':memory:');
    const applied: number[] = [];
    const version = migrate(db, [
      { version: 20, up: (target) => { applied.push(20); target.exec('CREATE TABLE b (x INTEGER) STRICT'); } },
      { version: 10, up: (target) => { applied.push(10); target.exec('CREATE TABLE a (x INTEGER) STRICT'); } },
    ]);
    expect(applied).toEqual([10, 20]);
    expect(version).toBe(20);
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    migrate(db, [{ version: 10, up: () => applied.push(-1) }, { version: 20, up: () => applied.push(-1) }]);
    expect(applied).toEqual([10, 20]);
  });

  it('rolls back a failing migration whole, leaving the earlier version', () => {
    const db = new Database(':memory:');
    expect(() =>
      migrate(db, [
        { version: 10, up: (target) => target.exec('CREATE TABLE a (x INTEGER) STRICT') },
        { version: 20, up: (target) => { target.exec('CREATE TABLE b (x INTEGER) STRICT'); throw new Error('boom'); } },
      ]),
    ).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });
});

describe('data folder lock', () => {
  it('gives a second holder DATA_DIR_IN_USE, and the folder again once released', () => {
    const dir = tempDir();
    const first = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(expect.objectContaining({ code: 'DATA_DIR_IN_USE' }));
    first.release();
    const again = acquireDataDirLock(dir);
    again.release();
  });

  it('keeps a second start of the services off a folder in use, without touching its database', () => {
    const dir = tempDir();
    const running = startServices({ dataDir: dir, version: 'test' });
    expect(() => startServices({ dataDir: dir, version: 'test' })).toThrow(
      expect.objectContaining({ code: 'DATA_DIR_IN_USE' }),
    );
    expect(running.ctx.db.prepare('SELECT count(*) AS n FROM organisation').get()).toEqual({ n: 1 });
    running.close();
    expect(existsSync(join(dir, 'paragraf.db'))).toBe(true);
  });
});
