import { createHash, X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';
import { parseDer, stringValue } from './der';
import { oid } from './oids';

/** What Paragraf shows and checks about a certificate. */
export interface CertificateFacts {
  der: Buffer;
  parsed: pkijs.Certificate;
  subjectName: string;
  organisation: string;
  issuerName: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  fingerprint: string;
  selfSigned: boolean;
}

function attribute(name: pkijs.RelativeDistinguishedNames, type: string): string {
  return name.typesAndValues.filter((entry) => entry.type === type).map((entry) => stringValue(entry.value)).join(', ');
}

/** A readable name: the common name, else the organisation, else every value. */
function displayName(name: pkijs.RelativeDistinguishedNames): string {
  return attribute(name, oid.commonName) || attribute(name, oid.organisation) || name.typesAndValues.map((entry) => stringValue(entry.value)).join(', ');
}

/** Reads a DER certificate; throws when the bytes are not one. */
export function readCertificate(der: Buffer): CertificateFacts {
  const parsed = new pkijs.Certificate({ schema: parseDer(der) });
  const node = new X509Certificate(der);
  const issuerDer = Buffer.from(parsed.issuer.toSchema().toBER(false));
  const subjectDer = Buffer.from(parsed.subject.toSchema().toBER(false));
  return {
    der,
    parsed,
    subjectName: displayName(parsed.subject),
    organisation: attribute(parsed.subject, oid.organisation),
    issuerName: displayName(parsed.issuer),
    serialNumber: node.serialNumber.toLowerCase(),
    notBefore: parsed.notBefore.value,
    notAfter: parsed.notAfter.value,
    fingerprint: createHash('sha256').update(der).digest('hex'),
    selfSigned: issuerDer.equals(subjectDer),
  };
}

/** Whether a certificate is valid at a moment. */
export function validAt(facts: CertificateFacts, when: Date): boolean {
  return when.getTime() >= facts.notBefore.getTime() && when.getTime() <= facts.notAfter.getTime();
}
