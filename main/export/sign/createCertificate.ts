import { createHash, generateKeyPair, randomBytes, sign, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { der, parseDer } from './der';
import { oid } from './oids';

/** Who a certificate names and for how long it holds. */
export interface CertificateRequest {
  name: string;
  organisation: string;
  email: string;
  notBefore: Date;
  notAfter: Date;
}

function distinguishedName(request: CertificateRequest): pkijs.RelativeDistinguishedNames {
  // UTF8String, so å ä ö are encoded as themselves (the trap node-forge falls into, issue #847).
  const entries = [new pkijs.AttributeTypeAndValue({ type: oid.commonName, value: new asn1js.Utf8String({ value: request.name }) })];
  if (request.organisation) entries.push(new pkijs.AttributeTypeAndValue({ type: oid.organisation, value: new asn1js.Utf8String({ value: request.organisation }) }));
  if (request.email) entries.push(new pkijs.AttributeTypeAndValue({ type: oid.emailAddress, value: new asn1js.IA5String({ value: request.email }) }));
  // One attribute per RDN ("CN=…, O=…"); pkijs would put them all in one multi-valued RDN.
  const name = new asn1js.Sequence({ value: entries.map((entry) => new asn1js.Set({ value: [entry.toSchema()] })) });
  return new pkijs.RelativeDistinguishedNames({ schema: parseDer(der(name)) });
}

function extension(id: string, critical: boolean, value: asn1js.AsnType): pkijs.Extension {
  return new pkijs.Extension({ extnID: id, critical, extnValue: value.toBER(false) });
}

function serialNumber(): asn1js.Integer {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x40;
  return new asn1js.Integer({ valueHex: bytes });
}

function time(date: Date): pkijs.Time {
  return new pkijs.Time({ type: date.getUTCFullYear() < 2050 ? 0 : 1, value: date });
}

/**
 * A self-signed certificate for signing documents, with a fresh RSA-3072 key: digitalSignature
 * and nonRepudiation, for e-mail protection and document signing, as PDF readers expect.
 */
export function buildCertificate(request: CertificateRequest, publicKeyDer: Buffer, privateKey: KeyObject): Buffer {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = serialNumber();
  certificate.issuer = distinguishedName(request);
  certificate.subject = distinguishedName(request);
  certificate.notBefore = time(request.notBefore);
  certificate.notAfter = time(request.notAfter);
  certificate.subjectPublicKeyInfo = new pkijs.PublicKeyInfo({ schema: parseDer(publicKeyDer) });
  const keyBits = Buffer.from(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView);
  const extensions = [
    extension(oid.basicConstraints, true, new pkijs.BasicConstraints({ cA: false }).toSchema()),
    extension(oid.keyUsage, true, new asn1js.BitString({ valueHex: Buffer.from([0xc0]), unusedBits: 6 })),
    extension(oid.extKeyUsage, false, new pkijs.ExtKeyUsage({ keyPurposes: [oid.emailProtection, oid.documentSigning] }).toSchema()),
    extension(oid.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: createHash('sha1').update(keyBits).digest() })),
  ];
  if (request.email) {
    extensions.push(
      extension(oid.subjectAltName, false, new pkijs.GeneralNames({ names: [new pkijs.GeneralName({ type: 1, value: request.email })] }).toSchema()),
    );
  }
  certificate.extensions = extensions;
  const algorithm = new pkijs.AlgorithmIdentifier({ algorithmId: oid.sha256WithRsa, algorithmParams: new asn1js.Null() });
  certificate.signature = algorithm;
  certificate.signatureAlgorithm = algorithm;
  const tbs = der(certificate.encodeTBS());
  certificate.tbsView = new Uint8Array(tbs);
  certificate.signatureValue = new asn1js.BitString({ valueHex: sign('sha256', tbs, privateKey) });
  return der(certificate.toSchema(false));
}

/** Makes a key pair and a self-signed certificate for it. */
export async function createSelfSignedCertificate(request: CertificateRequest): Promise<{ certificateDer: Buffer; privateKey: KeyObject }> {
  const { publicKey, privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 3072 });
  const certificateDer = buildCertificate(request, publicKey.export({ format: 'der', type: 'spki' }), privateKey);
  return { certificateDer, privateKey };
}
