import { ParagrafError } from '../../../shared/contract/errors';

/** The file is not a PKCS#12 certificate Paragraf can read (or holds no key). */
export function unreadableCertificate(detail: string): ParagrafError {
  return new ParagrafError('CERTIFICATE_UNREADABLE', detail);
}

/** The password does not open the certificate. */
export function wrongPassword(): ParagrafError {
  return new ParagrafError('CERTIFICATE_PASSWORD', 'the password does not open the certificate');
}

/** The certificate is not valid now; the message carries its validity, shown in the UI text. */
export function notValidNow(notBefore: Date, notAfter: Date): ParagrafError {
  return new ParagrafError('CERTIFICATE_EXPIRED', `${notBefore.toISOString().slice(0, 10)} – ${notAfter.toISOString().slice(0, 10)}`);
}
