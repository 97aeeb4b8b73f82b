import { ParagrafError } from '../../shared/contract/errors';
import type { ExportedFile, PdfVerification, SignerRole } from '../../shared/contract/exportModels';
import type { CmsSigner } from '../export/sign/cms';
import { PdfSyntaxError } from '../export/sign/pdfLexer';
import { signPdf } from '../export/sign/signPdf';
import { verifyPdf } from '../export/sign/verifyPdf';
import { storedSigner } from './certificates';
import type { ServiceContext } from './context';
import { exportedFile, fileBytes, mimeTypes, safeFileName } from './export/exportedFile';

/** The reason a signature gives, as Swedish minutes name the signer's role. */
export const roleReasons: Record<SignerRole, string> = {
  sekreterare: 'Sekreterare',
  ordförande: 'Ordförande',
  justerare: 'Justerare',
  utdragsbestyrkare: 'Rätt utdraget intygar',
};

function unreadable(error: unknown): ParagrafError {
  return new ParagrafError('PDF_UNREADABLE', error instanceof Error ? error.message : 'not a PDF');
}

/** Adds one signature to a PDF as an incremental update; a file that is not a readable PDF is refused clearly. */
export function addSignature(ctx: Pick<ServiceContext, 'now'>, pdf: Buffer, signer: CmsSigner, role: SignerRole): Buffer {
  try {
    return signPdf(pdf, { signer, role: roleReasons[role], signingTime: ctx.now() });
  } catch (error) {
    if (error instanceof PdfSyntaxError) throw unreadable(error);
    throw error;
  }
}

/** "Signera PDF": the next person signs a PDF someone exported (and perhaps signed) before. */
export function signPdfFile(
  ctx: ServiceContext,
  input: { pdfBase64: string; fileName: string; signature: { certificateId: string; password: string; role: SignerRole } },
): ExportedFile {
  const signer = storedSigner(ctx, input.signature.certificateId, input.signature.password);
  const signed = addSignature(ctx, fileBytes(input.pdfBase64), signer, input.signature.role);
  const name = safeFileName(input.fileName);
  return exportedFile(signed, name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`, mimeTypes.pdf);
}

/** Verifies every signature of a PDF; a file that is not a PDF is refused clearly. */
export function verifyPdfBytes(pdf: Buffer): PdfVerification {
  try {
    return verifyPdf(pdf);
  } catch (error) {
    if (error instanceof PdfSyntaxError) throw unreadable(error);
    throw error;
  }
}

/** "Verifiera PDF" in the UI. */
export function verifyPdfFile(input: { pdfBase64: string }): PdfVerification {
  return verifyPdfBytes(fileBytes(input.pdfBase64));
}
