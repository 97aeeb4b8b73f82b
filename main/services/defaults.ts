import type { Database } from 'better-sqlite3';
import { builtinTemplates } from './builtinTemplates';

/** Id of the organisation every new installation starts with. */
export const defaultOrganisationId = 'default-organisation';
/** Id of the board every new installation starts with. */
export const defaultBodyId = 'default-board';

/**
 * Makes a first start need no set-up: an organisation, a board and the built-in templates.
 * Only inserts what is missing, so renamed defaults and edited templates stay as the user left them.
 */
export function ensureDefaults(db: Database, now: Date): void {
  const stamp = now.toISOString();
  db.transaction(() => {
    const hasOrganisation = db.prepare('SELECT 1 FROM organisation LIMIT 1').get();
    if (!hasOrganisation) {
      db.prepare('INSERT INTO organisation (id, name, created_at) VALUES (?, ?, ?)').run(
        defaultOrganisationId,
        'Min förening',
        stamp,
      );
      db.prepare('INSERT INTO bodies (id, organisation_id, name, kind, created_at) VALUES (?, ?, ?, ?, ?)').run(
        defaultBodyId,
        defaultOrganisationId,
        'Styrelsen',
        'styrelse',
        stamp,
      );
    }
    const insertTemplate = db.prepare(
      'INSERT OR IGNORE INTO templates (id, name, kind, builtin, items, created_at) VALUES (?, ?, ?, 1, ?, ?)',
    );
    for (const template of builtinTemplates) {
      insertTemplate.run(template.id, template.name, template.kind, JSON.stringify(template.items), stamp);
    }
  })();
}
