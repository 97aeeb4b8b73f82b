import type { Database } from 'better-sqlite3';

/**
 * Certificates for signing PDFs. The PKCS#12 file is kept as it came (or as Paragraf wrote it):
 * its private key stays encrypted with the owner's password, which is never stored.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE certificates (
      id TEXT PRIMARY KEY,
      label TEXT NOT NULL,
      subject_name TEXT NOT NULL,
      organisation TEXT NOT NULL DEFAULT '',
      issuer_name TEXT NOT NULL,
      serial_number TEXT NOT NULL,
      not_before TEXT NOT NULL,
      not_after TEXT NOT NULL,
      fingerprint TEXT NOT NULL UNIQUE,
      self_signed INTEGER NOT NULL CHECK (self_signed IN (0, 1)),
      origin TEXT NOT NULL CHECK (origin IN ('imported', 'created')),
      pkcs12 BLOB NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
