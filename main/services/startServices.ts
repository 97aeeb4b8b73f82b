import { join } from 'node:path';
import { openDatabase } from '../db/openDatabase';
import { acquireDataDirLock } from '../db/dataDirLock';
import type { ServiceContext } from './context';
import { ensureDefaults } from './defaults';

/** Running services over one data folder, and how to stop them. */
export interface RunningServices {
  ctx: ServiceContext;
  close: () => void;
}

/** The database file inside a data folder. */
export function databasePath(dataDir: string): string {
  return join(dataDir, 'paragraf.db');
}

/**
 * Starts the services on a data folder: takes the folder's lock, opens (or recovers) the
 * database, and makes sure a first start can be used at once. Every shell starts here.
 */
export function startServices(options: { dataDir: string; version: string; now?: () => Date }): RunningServices {
  const now = options.now ?? (() => new Date());
  const lock = acquireDataDirLock(options.dataDir);
  try {
    const { db, notices } = openDatabase(databasePath(options.dataDir), now);
    ensureDefaults(db, now());
    const ctx: ServiceContext = { db, dataDir: options.dataDir, version: options.version, notices, now };
    return {
      ctx,
      close: () => {
        if (db.open) db.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
