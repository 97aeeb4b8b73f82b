import { createHash } from 'node:crypto';
import { buildSignedData, type CmsSigner } from './cms';
import { appendUpdate, type UpdatedObject } from './incrementalUpdate';
import { PdfSyntaxError } from './pdfLexer';
import { PdfFile } from './pdfFile';
import { PdfName, PdfRaw, PdfRef, PdfStream, PdfString, pdfText, type PdfDict, type PdfValue } from './pdfValues';

/** A signature to add: who signs, in which role ("Justerare"), and when. */
export interface PdfSignatureRequest {
  signer: CmsSigner;
  role: string;
  signingTime: Date;
}

const byteRangePlaceholder = '[0 9999999999 9999999999 9999999999]';

function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

function arrayOf(file: PdfFile, value: PdfValue | undefined): PdfValue[] {
  const resolved = file.resolve(value);
  return Array.isArray(resolved) ? [...resolved] : [];
}

/** Bytes the CMS needs: a trial signature's size and a margin (ECDSA signatures vary by a byte or two). */
function reservedBytes(request: PdfSignatureRequest): number {
  return buildSignedData(request.signer, Buffer.alloc(32), request.signingTime).length + 256;
}

/**
 * Signs a PDF as an incremental update: a signature field (an invisible widget with the print
 * flag and an empty appearance, as PDF/A requires) on the first page, the signature dictionary
 * with a detached CMS, and the catalog's AcroForm. The bytes before stay untouched, so
 * signatures already in the file stay valid; each signer adds one update in turn.
 */
export function signPdf(pdf: Buffer, request: PdfSignatureRequest): Buffer {
  const file = PdfFile.read(pdf);
  if (file.trailer.has('Encrypt')) throw new PdfSyntaxError('encrypted PDFs cannot be signed');
  const rootRef = file.trailer.get('Root');
  if (!(rootRef instanceof PdfRef)) throw new PdfSyntaxError('no catalog reference');
  const catalog: PdfDict = new Map(file.catalog());
  const pageRef = file.firstPage();
  const page: PdfDict = new Map(file.dict(pageRef));
  const acroValue = catalog.get('AcroForm');
  const acroForm: PdfDict = new Map(file.dict(acroValue) ?? []);
  const fields = arrayOf(file, acroForm.get('Fields'));
  let next = file.size;
  const sigRef = new PdfRef(next++, 0);
  const widgetRef = new PdfRef(next++, 0);
  const appearanceRef = new PdfRef(next++, 0);
  const acroRef = acroValue instanceof PdfRef ? acroValue : new PdfRef(next++, 0);
  const reserve = reservedBytes(request);
  const signature: PdfDict = new Map<string, PdfValue>([
    ['Type', new PdfName('Sig')],
    ['Filter', new PdfName('Adobe.PPKLite')],
    ['SubFilter', new PdfName('adbe.pkcs7.detached')],
    ['ByteRange', new PdfRaw(byteRangePlaceholder)],
    ['Contents', new PdfRaw(`<${'0'.repeat(reserve * 2)}>`)],
    ['M', new PdfString(Buffer.from(pdfDate(request.signingTime), 'latin1'))],
    ['Name', pdfText(request.signer.certificate.subjectName)],
    ['Reason', pdfText(request.role)],
    ['Prop_Build', new Map<string, PdfValue>([['App', new Map<string, PdfValue>([['Name', new PdfName('Paragraf')]])]])],
  ]);
  const widget: PdfDict = new Map<string, PdfValue>([
    ['Type', new PdfName('Annot')],
    ['Subtype', new PdfName('Widget')],
    ['FT', new PdfName('Sig')],
    ['T', pdfText(`Signatur ${fields.length + 1} ${request.role}`)],
    ['V', sigRef],
    // Print flag: PDF/A forbids annotations that would not print.
    ['F', 4],
    ['Rect', [0, 0, 0, 0]],
    ['P', pageRef],
    ['AP', new Map<string, PdfValue>([['N', appearanceRef]])],
  ]);
  const appearance = new PdfStream(
    new Map<string, PdfValue>([
      ['Type', new PdfName('XObject')],
      ['Subtype', new PdfName('Form')],
      ['BBox', [0, 0, 0, 0]],
    ]),
    Buffer.alloc(0),
  );
  page.set('Annots', [...arrayOf(file, page.get('Annots')), widgetRef]);
  acroForm.set('Fields', [...fields, widgetRef]);
  acroForm.set('SigFlags', 3);
  acroForm.delete('NeedAppearances');
  const objects: UpdatedObject[] = [
    { num: sigRef.num, value: signature },
    { num: widgetRef.num, value: widget },
    { num: appearanceRef.num, value: appearance },
    { num: pageRef.num, value: page },
    { num: acroRef.num, value: acroForm },
  ];
  if (!(acroValue instanceof PdfRef)) {
    catalog.set('AcroForm', acroRef);
    objects.push({ num: rootRef.num, value: catalog });
  }
  return fillSignature(appendUpdate(file, objects), pdf.length, reserve, request);
}

function fillSignature(bytes: Buffer, from: number, reserve: number, request: PdfSignatureRequest): Buffer {
  const rangeAt = bytes.indexOf(byteRangePlaceholder, from, 'latin1');
  const contentsAt = bytes.indexOf(`<${'0'.repeat(64)}`, from, 'latin1');
  if (rangeAt === -1 || contentsAt === -1) throw new Error('signature placeholders not found');
  const contentsEnd = contentsAt + reserve * 2 + 2;
  const range = [0, contentsAt, contentsEnd, bytes.length - contentsEnd];
  const rangeText = `[${range.join(' ')}`.padEnd(byteRangePlaceholder.length - 1, ' ') + ']';
  bytes.write(rangeText, rangeAt, 'latin1');
  const digest = createHash('sha256').update(bytes.subarray(0, contentsAt)).update(bytes.subarray(contentsEnd)).digest();
  const cms = buildSignedData(request.signer, digest, request.signingTime);
  if (cms.length > reserve) throw new Error('the signature is larger than the space reserved for it');
  bytes.write(cms.toString('hex').padEnd(reserve * 2, '0'), contentsAt + 1, 'latin1');
  return bytes;
}
