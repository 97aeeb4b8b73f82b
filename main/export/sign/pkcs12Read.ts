import { createHmac, createPrivateKey, timingSafeEqual, X509Certificate, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { unreadableCertificate, wrongPassword } from './certificateErrors';
import { octets, parseDer } from './der';
import { digestNames, oid } from './oids';
import { decryptWithPassword, type Pkcs12Password } from './pbeDecrypt';
import { bmpPassword, pkcs12Kdf } from './pkcs12Kdf';
import { readCertificate, type CertificateFacts } from './x509';

/** What a PKCS#12 file holds once opened: the signer's certificate, its chain and its key. */
export interface OpenedPkcs12 {
  certificate: CertificateFacts;
  chain: CertificateFacts[];
  privateKey: KeyObject;
}

interface Bag {
  kind: 'key' | 'shroudedKey' | 'cert';
  value: asn1js.AsnType;
}

/** The ways programs turn a password into a PKCS#12 secret: proper UTF-16, and OpenSSL's byte-wise one. */
function passwordForms(password: string): Pkcs12Password[] {
  const utf8 = Buffer.from(password, 'utf8');
  const bytewise = Buffer.alloc(utf8.length * 2 + 2);
  utf8.forEach((byte, index) => (bytewise[index * 2 + 1] = byte));
  const forms = [{ utf8, bmp: bmpPassword(password) }, { utf8, bmp: bytewise }];
  if (password === '') forms.push({ utf8, bmp: Buffer.alloc(0) });
  return forms;
}

function macMatches(pfx: pkijs.PFX, data: Buffer, password: Pkcs12Password): boolean {
  const mac = pfx.macData;
  if (!mac) return true;
  const hash = digestNames[mac.mac.digestAlgorithm.algorithmId];
  if (!hash) throw unreadableCertificate('unsupported MAC algorithm');
  const expected = Buffer.from(mac.mac.digest.valueBlock.valueHexView);
  const key = pkcs12Kdf(hash, password.bmp, Buffer.from(mac.macSalt.valueBlock.valueHexView), 3, mac.iterations ?? 1, expected.length);
  const actual = createHmac(hash, key).update(data).digest();
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function children(block: asn1js.AsnType): asn1js.AsnType[] {
  if (!(block instanceof asn1js.Sequence)) throw unreadableCertificate('expected a SEQUENCE');
  return block.valueBlock.value as asn1js.AsnType[];
}

function implicitOctets(block: asn1js.AsnType): Buffer {
  if (block instanceof asn1js.OctetString) return octets(block);
  const value = (block as asn1js.BaseBlock).valueBlock as { value?: asn1js.AsnType[]; valueHexView?: Uint8Array };
  if (Array.isArray(value.value) && value.value.length > 0) return Buffer.concat(value.value.map(implicitOctets));
  return Buffer.from(value.valueHexView ?? new Uint8Array());
}

function readBags(safeContents: Buffer): Bag[] {
  return children(parseDer(safeContents)).flatMap((bag): Bag[] => {
    const [id, wrapped] = children(bag);
    if (!(id instanceof asn1js.ObjectIdentifier) || !wrapped) return [];
    const value = ((wrapped as asn1js.Constructed).valueBlock.value as asn1js.AsnType[])[0];
    if (!value) return [];
    const kind = { [oid.keyBag]: 'key', [oid.shroudedKeyBag]: 'shroudedKey', [oid.certBag]: 'cert' }[id.valueBlock.toString()];
    return kind ? [{ kind: kind as Bag['kind'], value }] : [];
  });
}

function contentsOf(authenticatedSafe: Buffer, password: Pkcs12Password): Bag[] {
  return children(parseDer(authenticatedSafe)).flatMap((block) => {
    const info = new pkijs.ContentInfo({ schema: block });
    if (info.contentType === oid.data) return readBags(octets(info.content as asn1js.AsnType));
    if (info.contentType !== oid.encryptedData) return [];
    const encrypted = new pkijs.EncryptedData({ schema: info.content as asn1js.AsnType });
    const content = encrypted.encryptedContentInfo.encryptedContent;
    if (!content) return [];
    try {
      return readBags(decryptWithPassword(encrypted.encryptedContentInfo.contentEncryptionAlgorithm, password, implicitOctets(content)));
    } catch {
      throw wrongPassword();
    }
  });
}

function privateKeyOf(bag: Bag, password: Pkcs12Password): KeyObject {
  let pkcs8: Buffer;
  if (bag.kind === 'key') pkcs8 = Buffer.from((bag.value as asn1js.BaseBlock).toBER(false));
  else {
    const [algorithm, data] = children(bag.value);
    try {
      pkcs8 = decryptWithPassword(new pkijs.AlgorithmIdentifier({ schema: algorithm! }), password, octets(data!));
    } catch {
      throw wrongPassword();
    }
  }
  try {
    return createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  } catch {
    throw wrongPassword();
  }
}

function certificateOf(bag: Bag): Buffer | undefined {
  const [type, wrapped] = children(bag.value);
  if (!(type instanceof asn1js.ObjectIdentifier) || type.valueBlock.toString() !== oid.x509Certificate || !wrapped) return undefined;
  return octets(((wrapped as asn1js.Constructed).valueBlock.value as asn1js.AsnType[])[0]!);
}

/**
 * Opens a PKCS#12 file (.p12/.pfx) with its password: checks the MAC, decrypts the key and the
 * certificates, and pairs the key with its certificate. Each failure is a clear error: not a
 * certificate, wrong password, or no key in the file.
 */
export function openPkcs12(bytes: Buffer, password: string): OpenedPkcs12 {
  let pfx: pkijs.PFX;
  let authenticatedSafe: Buffer;
  try {
    pfx = new pkijs.PFX({ schema: parseDer(bytes) });
    if (pfx.authSafe.contentType !== oid.data) throw new Error('only password integrity is supported');
    authenticatedSafe = octets(pfx.authSafe.content as asn1js.AsnType);
  } catch (error) {
    throw unreadableCertificate(error instanceof Error ? error.message : 'not PKCS#12');
  }
  const form = passwordForms(password).find((candidate) => macMatches(pfx, authenticatedSafe, candidate));
  if (!form) throw wrongPassword();
  const bags = contentsOf(authenticatedSafe, form);
  const keyBag = bags.find((bag) => bag.kind !== 'cert');
  if (!keyBag) throw unreadableCertificate('the file holds no private key');
  const privateKey = privateKeyOf(keyBag, form);
  const certificates = bags.flatMap((bag) => (bag.kind === 'cert' ? [certificateOf(bag)] : [])).filter((der): der is Buffer => der !== undefined);
  const own = certificates.find((der) => new X509Certificate(der).checkPrivateKey(privateKey));
  if (!own) throw unreadableCertificate('no certificate in the file matches its key');
  return {
    certificate: readCertificate(own),
    chain: certificates.filter((der) => der !== own).map(readCertificate),
    privateKey,
  };
}
