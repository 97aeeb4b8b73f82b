import type { Database } from 'better-sqlite3';

/** The register (people's roles in bodies), the body's quorum rule, and § numbering per year. */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE bodies ADD COLUMN quorum_rule TEXT NOT NULL DEFAULT '{"kind":"majority"}';

    CREATE TABLE memberships (
      id TEXT PRIMARY KEY,
      body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
      role TEXT NOT NULL,
      party TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      UNIQUE (body_id, person_id, role)
    ) STRICT;
    CREATE INDEX memberships_by_body ON memberships (body_id);

    CREATE TABLE numbering_starts (
      body_id TEXT NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
      year INTEGER NOT NULL,
      first_number INTEGER NOT NULL CHECK (first_number >= 1),
      PRIMARY KEY (body_id, year)
    ) STRICT;

    ALTER TABLE meetings ADD COLUMN item_count INTEGER NOT NULL DEFAULT 0;
    UPDATE meetings SET item_count = (
      SELECT count(*) FROM minutes, json_each(minutes.document, '$.content') AS node
      WHERE minutes.meeting_id = meetings.id AND json_extract(node.value, '$.type') = 'agendaItem'
    );
  `);
}
