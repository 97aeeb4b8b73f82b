import type { Database } from 'better-sqlite3';
import { ParagrafError } from '../../shared/contract/errors';
import { migrations as allMigrations, type Migration } from './migrations/index';

/** The schema version the code expects. */
export function latestSchemaVersion(migrations: Migration[] = allMigrations): number {
  return migrations.reduce((latest, migration) => Math.max(latest, migration.version), 0);
}

/** Throws DATABASE_TOO_NEW when the file was written by a newer Paragraf; returns its version. */
export function assertNotNewer(db: Database, migrations: Migration[] = allMigrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestSchemaVersion(migrations);
  if (current > latest) {
    throw new ParagrafError(
      'DATABASE_TOO_NEW',
      `database schema ${current} is newer than this Paragraf understands (${latest})`,
    );
  }
  return current;
}

/**
 * Brings the database up to the latest version, each migration in its own transaction that
 * also sets user_version. A database written by a newer Paragraf is refused, never touched.
 */
export function migrate(db: Database, migrations: Migration[] = allMigrations): number {
  const current = assertNotNewer(db, migrations);
  const latest = latestSchemaVersion(migrations);
  const pending = migrations
    .filter((migration) => migration.version > current)
    .sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest;
}
