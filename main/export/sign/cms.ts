import { createHash, sign, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { der, derSetOrder, parseDer } from './der';
import { oid } from './oids';
import type { CertificateFacts } from './x509';

/** Who signs: the certificate, the chain that came with it, and the key. */
export interface CmsSigner {
  certificate: CertificateFacts;
  chain: CertificateFacts[];
  privateKey: KeyObject;
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

function signatureAlgorithm(key: KeyObject): pkijs.AlgorithmIdentifier {
  if (key.asymmetricKeyType === 'rsa') return new pkijs.AlgorithmIdentifier({ algorithmId: oid.sha256WithRsa, algorithmParams: new asn1js.Null() });
  if (key.asymmetricKeyType === 'ec') return new pkijs.AlgorithmIdentifier({ algorithmId: oid.ecdsaSha256 });
  throw new Error(`keys of type ${key.asymmetricKeyType ?? 'unknown'} cannot sign PDFs here`);
}

/** ESS signing-certificate-v2: binds the signature to the certificate by its SHA-256 hash. */
function signingCertificateV2(certificate: CertificateFacts): asn1js.Sequence {
  const hash = createHash('sha256').update(certificate.der).digest();
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: hash })] })] })] });
}

/**
 * A detached CMS SignedData over a document digest (SHA-256), as PDF signatures carry it.
 * Built with pkijs from the certificate's own DER, so the issuer name in the SignerInfo is
 * byte-for-byte the certificate's — å, ä and ö included — and verifiers find the signer.
 */
export function buildSignedData(signer: CmsSigner, documentDigest: Buffer, signingTime: Date): Buffer {
  const certificate = signer.certificate.parsed;
  const signedAttributes = derSetOrder([
    attribute(oid.contentType, new asn1js.ObjectIdentifier({ value: oid.data })),
    attribute(oid.signingTime, new asn1js.UTCTime({ valueDate: signingTime })),
    attribute(oid.messageDigest, new asn1js.OctetString({ valueHex: documentDigest })),
    attribute(oid.signingCertificateV2, signingCertificateV2(signer.certificate)),
  ]);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: oid.sha256, algorithmParams: new asn1js.Null() }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: signedAttributes }),
    signatureAlgorithm: signatureAlgorithm(signer.privateKey),
  });
  // The signature covers the attributes encoded as a SET (tag 0x31), not as the [0] they travel in.
  const toSign = der(signerInfo.signedAttrs!.toSchema());
  toSign[0] = 0x31;
  signerInfo.signature = new asn1js.OctetString({ valueHex: sign('sha256', toSign, signer.privateKey) });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: oid.sha256, algorithmParams: new asn1js.Null() })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: oid.data }),
    certificates: [signer.certificate, ...signer.chain].map((facts) => new pkijs.Certificate({ schema: parseDer(facts.der) })),
    signerInfos: [signerInfo],
  });
  return der(new pkijs.ContentInfo({ contentType: oid.signedData, content: signedData.toSchema(true) }).toSchema());
}
