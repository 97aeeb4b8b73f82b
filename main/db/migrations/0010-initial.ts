import type { Database } from 'better-sqlite3';

/** The first schema: organisation, bodies, people, templates, meetings and their minutes. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE organisation (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE bodies (
      id TEXT PRIMARY KEY,
      organisation_id TEXT NOT NULL REFERENCES organisation(id),
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('styrelse', 'nämnd', 'utskott', 'årsmöte')),
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE people (
      id TEXT PRIMARY KEY,
      organisation_id TEXT NOT NULL REFERENCES organisation(id),
      name TEXT NOT NULL,
      email TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE templates (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('protokoll', 'minnesanteckningar', 'kallelse')),
      builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
      items TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE meetings (
      id TEXT PRIMARY KEY,
      body_id TEXT NOT NULL REFERENCES bodies(id),
      title TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('protokoll', 'minnesanteckningar', 'kallelse')),
      date TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX meetings_by_body_date ON meetings (body_id, date);

    CREATE TABLE minutes (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
      version INTEGER NOT NULL,
      document TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `);
}
