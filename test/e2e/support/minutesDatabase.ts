import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { DocNodeJson } from '../../../shared/document/types';

/** A § as text: its title, its paragraphs, and its decisions with their att-satser. */
export interface AgendaItemText {
  title: string;
  paragraphs: string[];
  decisions: Array<{ lead: string; clauses: string[] }>;
}

/** One meeting's row in `minutes`, with the document parsed. */
export interface StoredMinutes {
  version: number;
  updatedAt: string;
  document: DocNodeJson;
}

/** The database file of a data folder. */
export function databaseFile(dataDir: string): string {
  return join(dataDir, 'paragraf.db');
}

/**
 * Opens the data folder's database read-only, beside a running Paragraf (WAL lets a reader in
 * while the app writes); the caller closes it.
 */
export function openDatabaseReadOnly(dataDir: string): Database.Database {
  const db = new Database(databaseFile(dataDir), { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Runs `fn` on a short-lived read-only connection. */
export function withDatabase<T>(dataDir: string, fn: (db: Database.Database) => T): T {
  const db = openDatabaseReadOnly(dataDir);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** The stored minutes of a meeting, straight from SQLite, or undefined when there is no row. */
export function readStoredMinutes(dataDir: string, meetingId: string): StoredMinutes | undefined {
  return withDatabase(dataDir, (db) => {
    const row = db
      .prepare('SELECT version, document, updated_at FROM minutes WHERE meeting_id = ?')
      .get(meetingId) as { version: number; document: string; updated_at: string } | undefined;
    if (!row) return undefined;
    return { version: row.version, updatedAt: row.updated_at, document: JSON.parse(row.document) as DocNodeJson };
  });
}

/** `PRAGMA integrity_check` of the data folder's database: "ok" when it is sound. */
export function integrityCheck(dataDir: string): string {
  return withDatabase(dataDir, (db) => {
    const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return rows.map((row) => row.integrity_check).join('\n');
  });
}

/** The text of a node and everything in it. */
export function textOf(node: DocNodeJson): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}

/** The §§ of a stored document as text, in order. */
export function agendaItemsOf(document: DocNodeJson): AgendaItemText[] {
  return (document.content ?? [])
    .filter((node) => node.type === 'agendaItem')
    .map((item) => {
      const [title, ...blocks] = item.content ?? [];
      return {
        title: title ? textOf(title) : '',
        paragraphs: blocks.filter((block) => block.type === 'paragraph').map(textOf),
        decisions: blocks
          .filter((block) => block.type === 'decision')
          .map((decision) => ({
            lead: String(decision.attrs?.lead ?? ''),
            clauses: (decision.content ?? []).map(textOf),
          })),
      };
    });
}

/** The stored §§ of a meeting as text; fails when the meeting has no minutes. */
export function readAgendaItems(dataDir: string, meetingId: string): AgendaItemText[] {
  const stored = readStoredMinutes(dataDir, meetingId);
  if (!stored) throw new Error(`no minutes stored for meeting ${meetingId}`);
  return agendaItemsOf(stored.document);
}
