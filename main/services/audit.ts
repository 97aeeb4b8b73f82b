import type { AuditEntry } from '../../shared/contract/justering';
import type { ServiceContext } from './context';

/** Appends a line to a meeting's audit trail; the table refuses any change afterwards. */
export function appendAudit(ctx: ServiceContext, meetingId: string, actor: string, action: string, detail: Record<string, unknown> = {}): void {
  ctx.db
    .prepare('INSERT INTO audit_log (meeting_id, at, actor, action, detail) VALUES (?, ?, ?, ?, ?)')
    .run(meetingId, ctx.now().toISOString(), actor, action, JSON.stringify(detail));
}

/** A meeting's audit trail, oldest first. Read-only: no method of the contract writes it. */
export function listAudit(ctx: ServiceContext, input: { meetingId: string }): AuditEntry[] {
  return ctx.db
    .prepare('SELECT seq, at, actor, action, detail FROM audit_log WHERE meeting_id = ? ORDER BY seq')
    .all(input.meetingId) as AuditEntry[];
}
