import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ParagrafError } from '../../shared/contract/errors';

/** A held lock on a data folder; release it on quit. The OS releases it if the process dies. */
export interface DataDirLock {
  release: () => void;
}

/**
 * Takes the data folder for this process, so a second Paragraf on the same folder gets a clear
 * message instead of a database lock error. The lock is SQLite's own exclusive file lock on a
 * small side file, so a killed process never leaves a stale lock behind.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lock = new Database(join(dataDir, 'paragraf.lock'));
  try {
    lock.pragma('busy_timeout = 0');
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS held (pid INTEGER) STRICT; COMMIT;');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
      throw new ParagrafError('DATA_DIR_IN_USE', `another Paragraf is using ${dataDir}`);
    }
    throw error;
  }
  return { release: () => lock.close() };
}
