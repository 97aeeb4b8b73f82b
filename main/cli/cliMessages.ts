import { ParagrafError } from '../../shared/contract/errors';
import type { PdfVerification } from '../../shared/contract/exportModels';
import { translate } from '../../shared/i18n/translate';

/** A failure as the command line prints it: the same Swedish text the app shows for the code. */
export function failureText(error: unknown): string {
  if (error instanceof ParagrafError) return translate('sv', `error.${error.code}`, { detail: error.message });
  return translate('sv', 'error.INTERNAL');
}

function when(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : 'okänd tid';
}

/** A verification as lines of Swedish text: the verdict, then one line per signature. */
export function verificationText(file: string, result: PdfVerification): string[] {
  if (result.signatures.length === 0) return [`${file}: ${translate('sv', 'verify.unsigned')}`];
  const verdict = result.valid ? translate('sv', 'verify.valid') : translate('sv', 'verify.invalid');
  const lines = [`${file}: ${verdict}`];
  result.signatures.forEach((signature, index) => {
    const who = [signature.signerName, signature.organisation && `(${signature.organisation})`].filter(Boolean).join(' ');
    const status = signature.valid ? translate('sv', 'verify.signatureValid') : translate('sv', 'verify.signatureInvalid');
    lines.push(`  ${index + 1}. ${who}, ${signature.reason || 'utan roll'}, ${when(signature.signingTime)} – ${status.toLowerCase()}.`);
    if (signature.issuerName) lines.push(`     ${translate('sv', 'verify.issuer', { issuer: signature.issuerName })}`);
    if (signature.selfSigned) lines.push(`     ${translate('sv', 'verify.selfSigned')}`);
    if (signature.laterChanges === 'signatures') lines.push(`     ${translate('sv', 'verify.laterSignatures')}`);
    for (const problem of signature.problems) lines.push(`     ${translate('sv', `verify.problem.${problem}`)}`);
  });
  return lines;
}
