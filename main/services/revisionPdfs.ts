import { ParagrafError } from '../../shared/contract/errors';
import type { ExportedFile, SignerRole } from '../../shared/contract/exportModels';
import { appendAudit } from './audit';
import { storedSigner } from './certificates';
import type { ServiceContext } from './context';
import { exportedFile, mimeTypes } from './export/exportedFile';
import { exportMeetingBytes } from './exports';
import { actorName } from './identity';
import { approveHere, currentRevision, meetingState } from './revisions';
import type { ApproverRole, JusteringStatus } from '../../shared/contract/justering';
import { addSignature, verifyPdfBytes } from './signatures';

/** A certificate Paragraf keeps and its password, to sign with in the justering round trip. */
export interface SignWith {
  certificateId: string;
  password: string;
}

function storedPdf(ctx: ServiceContext, revisionId: string): { pdf: Buffer; signatures: number } | null {
  return (
    (ctx.db.prepare('SELECT pdf, signatures FROM revision_pdfs WHERE revision_id = ?').get(revisionId) as
      | { pdf: Buffer; signatures: number }
      | undefined) ?? null
  );
}

function storePdf(ctx: ServiceContext, revisionId: string, pdf: Buffer, signatures: number): void {
  ctx.db
    .prepare(
      `INSERT INTO revision_pdfs (revision_id, pdf, signatures, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (revision_id) DO UPDATE SET pdf = excluded.pdf, signatures = excluded.signatures, updated_at = excluded.updated_at`,
    )
    .run(revisionId, pdf, signatures, ctx.now().toISOString());
}

/**
 * The PDF that travels in a review file: the current revision's PDF with every signature given
 * so far (made now if there is none yet), signed here too when a certificate is given.
 */
export async function revisionPdfForReview(ctx: ServiceContext, meetingId: string, signWith?: SignWith, role: SignerRole = 'sekreterare'): Promise<Buffer> {
  const revision = currentRevision(ctx, meetingId);
  if (!revision || meetingState(ctx, meetingId) === 'utkast') throw new ParagrafError('INVALID_INPUT', 'send the minutes for justering first');
  // The password is checked before anything is drawn.
  const signer = signWith ? storedSigner(ctx, signWith.certificateId, signWith.password) : null;
  const stored = storedPdf(ctx, revision.id);
  let pdf = stored?.pdf ?? (await exportMeetingBytes(ctx, { meetingId, format: 'pdf', document: 'protokoll' })).bytes;
  let signatures = stored?.signatures ?? 0;
  if (signer) {
    pdf = addSignature(ctx, pdf, signer, role);
    signatures += 1;
    appendAudit(ctx, meetingId, actorName(ctx), 'pdf-signed', { revision: revision.number, role });
  }
  storePdf(ctx, revision.id, pdf, signatures);
  return pdf;
}

/**
 * Keeps the PDF an answer brought back if it is for the current revision, every signature in it
 * is valid, nothing but signatures was added, and it carries more signatures than the one kept.
 */
export function acceptAnsweredPdf(ctx: ServiceContext, meetingId: string, revisionHash: string, pdf: Buffer): boolean {
  const revision = currentRevision(ctx, meetingId);
  if (!revision || revision.hash !== revisionHash) return false;
  let report;
  try {
    report = verifyPdfBytes(pdf);
  } catch {
    return false;
  }
  const stored = storedPdf(ctx, revision.id);
  if (!report.valid || report.signatures.length <= (stored?.signatures ?? 0)) return false;
  storePdf(ctx, revision.id, pdf, report.signatures.length);
  return true;
}

/** The current revision's PDF with the signatures gathered so far, for the archive. */
export function signedRevisionPdf(ctx: ServiceContext, input: { meetingId: string }): ExportedFile {
  const revision = currentRevision(ctx, input.meetingId);
  const stored = revision ? storedPdf(ctx, revision.id) : null;
  if (!revision || !stored) throw new ParagrafError('NOT_FOUND', 'no PDF has been made for the current revision');
  const meeting = ctx.db.prepare('SELECT title, date FROM meetings WHERE id = ?').get(input.meetingId) as { title: string; date: string };
  return exportedFile(stored.pdf, `${meeting.date} ${meeting.title} rev ${revision.number} signerad.pdf`.replace(/[\\/:*?"<>|]/g, '-'), mimeTypes.pdf);
}

/** "Justera här", with the approver's signature added to the revision's PDF when a certificate is given. */
export async function approveHereSigned(
  ctx: ServiceContext,
  input: { meetingId: string; revisionHash: string; personName: string; role: ApproverRole; signature?: SignWith },
): Promise<JusteringStatus> {
  const current = currentRevision(ctx, input.meetingId);
  if (!current || current.hash !== input.revisionHash || meetingState(ctx, input.meetingId) !== 'till_justering') {
    throw new ParagrafError('REVISION_CONFLICT', 'only the current frozen revision can be approved here');
  }
  if (input.signature) await revisionPdfForReview(ctx, input.meetingId, input.signature, input.role);
  return approveHere(ctx, input);
}
