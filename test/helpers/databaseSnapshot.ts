import type { Database } from 'better-sqlite3';

/** Every row of every table, as JSON: two snapshots are equal only if nothing in the database changed. */
export function databaseSnapshot(db: Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const dump: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    const rows = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all() as Record<string, unknown>[];
    dump[name] = rows
      .map((row) => JSON.stringify(Object.entries(row).map(([key, value]) => [key, Buffer.isBuffer(value) ? value.toString('hex') : value])))
      .sort();
  }
  return JSON.stringify(dump);
}
