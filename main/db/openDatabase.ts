import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import type { StartupNotice } from '../../shared/contract/models';
import { assertNotNewer, migrate } from './migrate';

/** An open, migrated database and what the user must be told about opening it. */
export interface OpenedDatabase {
  db: Database.Database;
  notices: StartupNotice[];
}

const corruptionCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_IOERR_SHORT_READ']);

/**
 * Opens (or creates) the database at `path`: WAL, synchronous FULL, foreign keys, migrated.
 * A corrupt file is moved aside, never deleted, and a fresh database is started instead.
 */
export function openDatabase(path: string, now: () => Date = () => new Date()): OpenedDatabase {
  mkdirSync(dirname(path), { recursive: true });
  try {
    return { db: openChecked(path), notices: [] };
  } catch (error) {
    if (!isCorruption(error)) throw error;
    const movedTo = moveAside(path, now());
    return { db: openChecked(path), notices: [{ code: 'DATABASE_RECOVERED', movedTo }] };
  }
}

function openChecked(path: string): Database.Database {
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(`quick_check: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
    // Refuse a newer schema before anything (even the journal mode) is written to the file.
    assertNotNewer(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && corruptionCodes.has(code);
}

function moveAside(path: string, when: Date): string {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const target = `${path}.skadad-${stamp}`;
  renameSync(path, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}
