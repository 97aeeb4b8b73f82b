import { constants, createHash, verify, X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { der, parseDer } from './der';
import { digestNames, oid } from './oids';
import { readCertificate, type CertificateFacts } from './x509';

/** What a detached CMS signature says about the bytes it covers. */
export interface CmsCheck {
  certificate: CertificateFacts | null;
  signingTime: Date | null;
  digestMatches: boolean;
  signatureMatches: boolean;
}

const rsaSignatures: Record<string, string | null> = {
  [oid.rsaEncryption]: null,
  [oid.sha1WithRsa]: 'sha1',
  [oid.sha256WithRsa]: 'sha256',
  [oid.sha384WithRsa]: 'sha384',
  [oid.sha512WithRsa]: 'sha512',
};
const ecdsaSignatures: Record<string, string> = { [oid.ecdsaSha256]: 'sha256', [oid.ecdsaSha384]: 'sha384', [oid.ecdsaSha512]: 'sha512' };

function signerCertificate(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): CertificateFacts | null {
  const certificates = (signedData.certificates ?? []).filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate);
  const sid = signerInfo.sid as unknown;
  const match = certificates.find((certificate) => {
    if (sid instanceof pkijs.IssuerAndSerialNumber) {
      return certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber);
    }
    return false;
  });
  return match ? readCertificate(der(match.toSchema())) : null;
}

function attributeValue(signerInfo: pkijs.SignerInfo, type: string): asn1js.AsnType | undefined {
  return signerInfo.signedAttrs?.attributes.find((attribute) => attribute.type === type)?.values[0] as asn1js.AsnType | undefined;
}

function signatureMatches(signerInfo: pkijs.SignerInfo, certificate: CertificateFacts, content: Buffer, digestName: string): boolean {
  const key = new X509Certificate(certificate.der).publicKey;
  const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
  const algorithm = signerInfo.signatureAlgorithm.algorithmId;
  if (algorithm in rsaSignatures) return verify(rsaSignatures[algorithm] ?? digestName, content, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
  if (algorithm in ecdsaSignatures) return verify(ecdsaSignatures[algorithm]!, content, key, signature);
  if (algorithm === oid.rsassaPss) {
    const params = new pkijs.RSASSAPSSParams({ schema: signerInfo.signatureAlgorithm.algorithmParams as asn1js.AsnType });
    const hash = digestNames[params.hashAlgorithm.algorithmId] ?? 'sha1';
    return verify(hash, content, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: params.saltLength }, signature);
  }
  return false;
}

/**
 * Checks a detached CMS SignedData against the bytes it signs: that its message digest is the
 * digest of those bytes, and that the signer's key made the signature over the signed attributes.
 */
export function checkCms(cms: Buffer, signedBytes: Buffer[]): CmsCheck {
  const info = new pkijs.ContentInfo({ schema: parseDer(cms) });
  if (info.contentType !== oid.signedData) throw new Error('not a CMS SignedData');
  const signedData = new pkijs.SignedData({ schema: info.content as asn1js.AsnType });
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new Error('no signer');
  const digestName = digestNames[signerInfo.digestAlgorithm.algorithmId];
  if (!digestName) throw new Error('unsupported digest');
  const hash = createHash(digestName);
  for (const part of signedBytes) hash.update(part);
  const digest = hash.digest();
  const certificate = signerCertificate(signedData, signerInfo);
  const time = attributeValue(signerInfo, oid.signingTime);
  const signingTime = time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : null;
  if (!signerInfo.signedAttrs) {
    const content = Buffer.concat(signedBytes);
    return { certificate, signingTime, digestMatches: true, signatureMatches: certificate !== null && signatureMatches(signerInfo, certificate, content, digestName) };
  }
  const messageDigest = attributeValue(signerInfo, oid.messageDigest);
  const digestMatches = messageDigest instanceof asn1js.OctetString && Buffer.from(messageDigest.valueBlock.valueHexView).equals(digest);
  const content = Buffer.from(signerInfo.signedAttrs.encodedValue);
  return { certificate, signingTime, digestMatches, signatureMatches: certificate !== null && signatureMatches(signerInfo, certificate, content, digestName) };
}
