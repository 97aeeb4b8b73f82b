import type { ServiceContext } from './context';
import { getBody } from './bodies';

/**
 * The § number a meeting starts at: the body's start for the year (1 unless the user set one),
 * plus every item of the body's earlier meetings that year. Derived, so it follows items that
 * are added or moved in an earlier meeting.
 */
export function firstParagraphNumber(ctx: ServiceContext, meetingId: string): number {
  // Once frozen for justering, a meeting's numbers stay as they were approved.
  const frozen = ctx.db
    .prepare('SELECT first_paragraph_number FROM revisions WHERE meeting_id = ? ORDER BY number LIMIT 1')
    .get(meetingId) as { first_paragraph_number: number } | undefined;
  if (frozen) return frozen.first_paragraph_number;
  const row = ctx.db
    .prepare(
      `SELECT m.body_id, substr(m.date, 1, 4) AS year, m.date, m.created_at FROM meetings m WHERE m.id = ?`,
    )
    .get(meetingId) as { body_id: string; year: string; date: string; created_at: string } | undefined;
  if (!row) return 1;
  const start = ctx.db
    .prepare('SELECT first_number FROM numbering_starts WHERE body_id = ? AND year = ?')
    .get(row.body_id, Number(row.year)) as { first_number: number } | undefined;
  const before = ctx.db
    .prepare(
      `SELECT coalesce(sum(item_count), 0) AS items FROM meetings
       WHERE body_id = ? AND substr(date, 1, 4) = ? AND kind = 'protokoll' AND id <> ?
         AND (date < ? OR (date = ? AND created_at < ?))`,
    )
    .get(row.body_id, row.year, meetingId, row.date, row.date, row.created_at) as { items: number };
  return (start?.first_number ?? 1) + before.items;
}

/** Sets where a body's § numbering starts in a year (for a body that does not restart at 1). */
export function setNumberingStart(
  ctx: ServiceContext,
  input: { bodyId: string; year: number; first: number },
): { bodyId: string; year: number; first: number } {
  getBody(ctx, input.bodyId);
  ctx.db
    .prepare(
      `INSERT INTO numbering_starts (body_id, year, first_number) VALUES (?, ?, ?)
       ON CONFLICT (body_id, year) DO UPDATE SET first_number = excluded.first_number`,
    )
    .run(input.bodyId, input.year, input.first);
  return input;
}
