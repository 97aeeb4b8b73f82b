import type { PdfVerification, SignatureProblem, SignatureReport } from '../../../shared/contract/exportModels';
import { checkCms } from './cmsVerify';
import { changesAfter } from './laterChanges';
import { PdfLexer, PdfSyntaxError } from './pdfLexer';
import { PdfFile, objectsDefinedIn } from './pdfFile';
import { PdfString, isDict, nameOf, textOf, type PdfDict } from './pdfValues';
import { validAt, type CertificateFacts } from './x509';

interface FoundSignature {
  dict: PdfDict;
  range: number[];
}

/** Every signature dictionary in the file: each object that holds a /ByteRange, in any revision. */
function findSignatures(bytes: Buffer): FoundSignature[] {
  const objects = objectsDefinedIn(bytes, 0, bytes.length);
  const found: FoundSignature[] = [];
  const seen = new Set<number>();
  for (let at = bytes.indexOf('/ByteRange', 0, 'latin1'); at !== -1; at = bytes.indexOf('/ByteRange', at + 1, 'latin1')) {
    const owner = objects.filter((object) => object.offset < at).pop();
    if (!owner || seen.has(owner.offset)) continue;
    seen.add(owner.offset);
    const lexer = new PdfLexer(bytes, owner.offset);
    try {
      lexer.value();
      lexer.value();
      lexer.expect('obj');
      const dict = lexer.value();
      if (!isDict(dict)) continue;
      const range = dict.get('ByteRange');
      found.push({ dict, range: Array.isArray(range) && range.every((item) => typeof item === 'number') ? (range as number[]) : [] });
    } catch {
      found.push({ dict: new Map(), range: [] });
    }
  }
  return found.sort((a, b) => (a.range[2] ?? 0) + (a.range[3] ?? 0) - ((b.range[2] ?? 0) + (b.range[3] ?? 0)));
}

function emptyReport(dict: PdfDict): SignatureReport {
  return {
    fieldName: '',
    signerName: textOf(dict.get('Name')),
    organisation: '',
    issuerName: '',
    reason: textOf(dict.get('Reason')),
    signingTime: null,
    certificateNotBefore: '',
    certificateNotAfter: '',
    selfSigned: false,
    intact: false,
    laterChanges: 'other',
    valid: false,
    problems: ['malformed'],
  };
}

function rangeIsSound(bytes: Buffer, range: number[]): boolean {
  if (range.length !== 4) return false;
  const [start, length, second, secondLength] = range as [number, number, number, number];
  return (
    start === 0 &&
    length > 0 &&
    second > length &&
    secondLength >= 0 &&
    second + secondLength <= bytes.length &&
    bytes[length] === 0x3c &&
    bytes[second - 1] === 0x3e
  );
}

function certificateProblems(certificate: CertificateFacts, when: Date): SignatureProblem[] {
  if (validAt(certificate, when)) return [];
  return when < certificate.notBefore ? ['not-yet-valid-certificate'] : ['expired-certificate'];
}

function verifyOne(bytes: Buffer, found: FoundSignature, latest: PdfFile | null): SignatureReport {
  const report = emptyReport(found.dict);
  const contents = found.dict.get('Contents');
  if (!rangeIsSound(bytes, found.range) || !(contents instanceof PdfString)) return report;
  const [, length, second, secondLength] = found.range as [number, number, number, number];
  const problems: SignatureProblem[] = [];
  let check;
  try {
    check = checkCms(contents.bytes, [bytes.subarray(0, length), bytes.subarray(second, second + secondLength)]);
  } catch {
    return report;
  }
  if (!check.digestMatches) problems.push('digest-mismatch');
  if (!check.signatureMatches) problems.push('bad-signature');
  const when = check.signingTime ?? null;
  if (check.certificate && when) problems.push(...certificateProblems(check.certificate, when));
  const end = second + secondLength;
  let laterChanges: SignatureReport['laterChanges'] = 'other';
  try {
    laterChanges = end === bytes.length ? 'none' : latest ? changesAfter(bytes, end, latest) : 'other';
  } catch {
    laterChanges = 'other';
  }
  if (laterChanges === 'other') problems.push('changed-after-signing');
  const certificate = check.certificate;
  return {
    ...report,
    signerName: certificate?.subjectName ?? report.signerName,
    organisation: certificate?.organisation ?? '',
    issuerName: certificate?.issuerName ?? '',
    signingTime: when ? when.toISOString() : null,
    certificateNotBefore: certificate ? certificate.notBefore.toISOString() : '',
    certificateNotAfter: certificate ? certificate.notAfter.toISOString() : '',
    selfSigned: certificate?.selfSigned ?? false,
    intact: check.digestMatches && check.signatureMatches,
    laterChanges,
    valid: problems.length === 0,
    problems,
  };
}

function fieldNames(latest: PdfFile | null): Map<string, string> {
  const names = new Map<string, string>();
  if (!latest) return names;
  try {
    const form = latest.dict(latest.catalog().get('AcroForm'));
    const fields = latest.resolve(form?.get('Fields'));
    for (const field of Array.isArray(fields) ? fields : []) {
      const dict = latest.dict(field);
      const signature = latest.dict(dict?.get('V'));
      if (dict && signature && nameOf(dict, 'FT') === 'Sig') {
        const range = signature.get('ByteRange');
        if (Array.isArray(range)) names.set(range.join(' '), textOf(dict.get('T')));
      }
    }
  } catch {
    // A damaged form only costs the field names; the signatures are still checked.
  }
  return names;
}

/**
 * Verifies every signature in a PDF on its own bytes: the range it covers, the CMS digest and
 * signature, the certificate's validity when it signed, and what was added after it. A file
 * whose signed bytes changed, by even one byte, is reported invalid.
 */
export function verifyPdf(bytes: Buffer): PdfVerification {
  if (bytes.toString('latin1', 0, 1024).indexOf('%PDF-') === -1) throw new PdfSyntaxError('not a PDF');
  let latest: PdfFile | null = null;
  try {
    latest = PdfFile.read(bytes);
  } catch {
    latest = null;
  }
  const names = fieldNames(latest);
  const signatures = findSignatures(bytes).map((found) => ({ ...verifyOne(bytes, found, latest), fieldName: names.get(found.range.join(' ')) ?? '' }));
  return { pdf: true, signatures, valid: signatures.length > 0 && signatures.every((signature) => signature.valid) };
}
