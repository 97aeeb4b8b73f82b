import { ParagrafError } from '../../shared/contract/errors';
import type { ExportDocument, ExportedFile, ExportFormat, SignerRole } from '../../shared/contract/exportModels';
import { agendaItemIds } from '../../shared/domain/numbering';
import { toDocx } from '../export/docx/toDocx';
import { buildPageModel } from '../export/pageModel';
import { toPdf } from '../export/pdf/toPdf';
import type { CmsSigner } from '../export/sign/cms';
import { storedSigner } from './certificates';
import type { ServiceContext } from './context';
import { exportedFile, mimeTypes, safeFileName } from './export/exportedFile';
import { meetingForExport, type MeetingForExport } from './export/meetingForExport';
import { addSignature } from './signatures';

/** What to export and, for a PDF, who signs it. */
export interface ExportRequest {
  meetingId: string;
  format: ExportFormat;
  document: ExportDocument;
  itemIds?: string[];
  signer?: { signer: CmsSigner; role: SignerRole };
}

const documentWords: Record<ExportDocument, string> = { protokoll: 'protokoll', kallelse: 'kallelse', utdrag: 'protokollsutdrag' };

/** "2026-11-12 Styrelsen protokoll.pdf": the date first, so an archive folder sorts by date. */
export function exportFileName(meeting: MeetingForExport, document: ExportDocument, format: ExportFormat, suffix = ''): string {
  const word = document === 'protokoll' && meeting.context.meetingKind !== 'protokoll' ? meeting.context.meetingKind : documentWords[document];
  return `${safeFileName(`${meeting.context.meetingDate} ${meeting.context.bodyName} ${word}${suffix}`)}.${format}`;
}

function chosenItems(meeting: MeetingForExport, itemIds: string[] | undefined): string[] {
  const known = agendaItemIds(meeting.document);
  const chosen = (itemIds ?? []).filter((id) => known.includes(id));
  if (chosen.length === 0 || chosen.length !== new Set(itemIds).size) {
    throw new ParagrafError('INVALID_INPUT', 'itemIds: choose one or more § of the meeting for the extract');
  }
  return chosen;
}

/** Writes one meeting's document as DOCX or PDF (signed when asked), as bytes with a file name. */
export async function exportMeetingBytes(ctx: ServiceContext, request: ExportRequest): Promise<{ bytes: Buffer; fileName: string }> {
  if (request.signer && request.format !== 'pdf') throw new ParagrafError('INVALID_INPUT', 'signature: only a PDF can be signed');
  const meeting = meetingForExport(ctx, request.meetingId);
  const itemIds = request.document === 'utdrag' ? chosenItems(meeting, request.itemIds) : undefined;
  const model = buildPageModel(meeting.document, meeting.context, { document: request.document, itemIds });
  const suffix = itemIds ? ` ${itemIds.map((id) => `§ ${meeting.context.firstParagraphNumber + agendaItemIds(meeting.document).indexOf(id)}`).join(', ')}` : '';
  const fileName = exportFileName(meeting, request.document, request.format, suffix);
  if (request.format === 'docx') return { bytes: await toDocx(model, ctx.now()), fileName };
  const pdf = await toPdf(model, ctx.now());
  if (!request.signer) return { bytes: pdf, fileName };
  return { bytes: addSignature(ctx, pdf, request.signer.signer, request.signer.role), fileName };
}

/** "Exportera" in the UI: the file, signed with a stored certificate when asked. */
export async function exportMeeting(
  ctx: ServiceContext,
  input: {
    meetingId: string;
    format: ExportFormat;
    document: ExportDocument;
    itemIds?: string[];
    signature?: { certificateId: string; password: string; role: SignerRole };
  },
): Promise<ExportedFile> {
  // The password is checked before anything is drawn, so a wrong one answers at once.
  const signer = input.signature
    ? { signer: storedSigner(ctx, input.signature.certificateId, input.signature.password), role: input.signature.role }
    : undefined;
  const { bytes, fileName } = await exportMeetingBytes(ctx, { ...input, signer });
  return exportedFile(bytes, fileName, input.format === 'pdf' ? mimeTypes.pdf : mimeTypes.docx);
}
