import type { Database } from 'better-sqlite3';

/**
 * Justering: the meeting's state, frozen revisions with their hash, approvals that name a hash,
 * comments and suggestions per §, review files received, answers read, and an append-only
 * audit trail that no statement can change.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE meetings ADD COLUMN state TEXT NOT NULL DEFAULT 'utkast'
      CHECK (state IN ('utkast', 'till_justering', 'justerat', 'anslaget'));
    ALTER TABLE meetings ADD COLUMN pending_revision_reason TEXT;
    ALTER TABLE meetings ADD COLUMN adjusted_on TEXT;
    ALTER TABLE meetings ADD COLUMN posted_on TEXT;

    CREATE TABLE revisions (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      number INTEGER NOT NULL,
      hash TEXT NOT NULL,
      first_paragraph_number INTEGER NOT NULL,
      document TEXT NOT NULL,
      reason TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (meeting_id, number)
    ) STRICT;

    CREATE TABLE approvals (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
      revision_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
      revision_hash TEXT NOT NULL,
      person_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('justerare', 'ordförande', 'sekreterare')),
      approved_at TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('local', 'answer')),
      answer_id TEXT,
      signed INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1))
    ) STRICT;

    CREATE TABLE review_comments (
      id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL,
      revision_hash TEXT NOT NULL,
      item_id TEXT NOT NULL,
      author TEXT NOT NULL,
      text TEXT NOT NULL,
      original TEXT,
      suggestion TEXT,
      status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'rejected')),
      created_at TEXT NOT NULL,
      answer_id TEXT
    ) STRICT;
    CREATE INDEX review_comments_by_meeting ON review_comments (meeting_id);

    CREATE TABLE imported_answers (
      answer_id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL,
      imported_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE received_reviews (
      review_id TEXT PRIMARY KEY,
      meeting_id TEXT NOT NULL,
      file TEXT NOT NULL,
      received_at TEXT NOT NULL,
      answered_at TEXT
    ) STRICT;

    CREATE TABLE local_identity (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audit_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      meeting_id TEXT NOT NULL,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      action TEXT NOT NULL,
      detail TEXT NOT NULL
    ) STRICT;
    CREATE INDEX audit_log_by_meeting ON audit_log (meeting_id, seq);
    CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
    CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
  `);
}
