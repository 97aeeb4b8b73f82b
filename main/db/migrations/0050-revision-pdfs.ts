import type { Database } from 'better-sqlite3';

/** The PDF of a frozen revision, with the signatures it has gathered in the justering round trip. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE revision_pdfs (
      revision_id TEXT PRIMARY KEY REFERENCES revisions(id) ON DELETE CASCADE,
      pdf BLOB NOT NULL,
      signatures INTEGER NOT NULL CHECK (signatures >= 0),
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
