import { createCipheriv, createHmac, pbkdf2Sync, randomBytes, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import { der } from './der';
import { oid } from './oids';
import { bmpPassword, pkcs12Kdf } from './pkcs12Kdf';

/** PBKDF2 rounds for the key: slow enough against guessing, quick enough to sign with. */
const keyIterations = 200_000;
const macIterations = 2048;

function algorithm(id: string, params?: asn1js.AsnType): asn1js.Sequence {
  return new asn1js.Sequence({ value: params ? [new asn1js.ObjectIdentifier({ value: id }), params] : [new asn1js.ObjectIdentifier({ value: id })] });
}

function contentInfo(type: string, content: asn1js.AsnType): asn1js.Sequence {
  return new asn1js.Sequence({
    value: [new asn1js.ObjectIdentifier({ value: type }), new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [content] })],
  });
}

function bagAttributes(localKeyId: Buffer, friendlyName: string): asn1js.Set {
  const attribute = (type: string, value: asn1js.AsnType) =>
    new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: type }), new asn1js.Set({ value: [value] })] });
  return new asn1js.Set({
    value: [
      attribute(oid.friendlyName, new asn1js.BmpString({ value: friendlyName })),
      attribute(oid.localKeyId, new asn1js.OctetString({ valueHex: localKeyId })),
    ],
  });
}

function safeBag(type: string, value: asn1js.AsnType, attributes: asn1js.Set): asn1js.Sequence {
  return new asn1js.Sequence({
    value: [new asn1js.ObjectIdentifier({ value: type }), new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [value] }), attributes],
  });
}

/** The private key encrypted with PBES2: PBKDF2-HMAC-SHA256 and AES-256-CBC, as OpenSSL 3 writes it. */
function shroudedKey(privateKey: KeyObject, password: string): asn1js.Sequence {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const key = pbkdf2Sync(Buffer.from(password, 'utf8'), salt, keyIterations, 32, 'sha256');
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
  const encrypted = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  const kdf = algorithm(
    oid.pbkdf2,
    new asn1js.Sequence({
      value: [new asn1js.OctetString({ valueHex: salt }), new asn1js.Integer({ value: keyIterations }), algorithm(oid.hmacSha256, new asn1js.Null())],
    }),
  );
  const scheme = algorithm(oid.aes256Cbc, new asn1js.OctetString({ valueHex: iv }));
  return new asn1js.Sequence({
    value: [algorithm(oid.pbes2, new asn1js.Sequence({ value: [kdf, scheme] })), new asn1js.OctetString({ valueHex: encrypted })],
  });
}

/**
 * Writes a PKCS#12 file (.p12) holding a certificate and its key, readable by OpenSSL 3, Windows
 * and macOS: the key encrypted with PBES2/AES-256, the whole protected by an HMAC-SHA256 MAC.
 */
export function writePkcs12(certificateDer: Buffer, privateKey: KeyObject, password: string, friendlyName: string): Buffer {
  const localKeyId = randomBytes(20);
  const attributes = bagAttributes(localKeyId, friendlyName);
  const certBag = new asn1js.Sequence({
    value: [
      new asn1js.ObjectIdentifier({ value: oid.x509Certificate }),
      new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [new asn1js.OctetString({ valueHex: certificateDer })] }),
    ],
  });
  const certificates = new asn1js.Sequence({ value: [safeBag(oid.certBag, certBag, attributes)] });
  const keys = new asn1js.Sequence({ value: [safeBag(oid.shroudedKeyBag, shroudedKey(privateKey, password), bagAttributes(localKeyId, friendlyName))] });
  const authenticatedSafe = der(
    new asn1js.Sequence({
      value: [
        contentInfo(oid.data, new asn1js.OctetString({ valueHex: der(certificates) })),
        contentInfo(oid.data, new asn1js.OctetString({ valueHex: der(keys) })),
      ],
    }),
  );
  const salt = randomBytes(8);
  const macKey = pkcs12Kdf('sha256', bmpPassword(password), salt, 3, macIterations, 32);
  const mac = createHmac('sha256', macKey).update(authenticatedSafe).digest();
  const macData = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [algorithm(oid.sha256, new asn1js.Null()), new asn1js.OctetString({ valueHex: mac })] }),
      new asn1js.OctetString({ valueHex: salt }),
      new asn1js.Integer({ value: macIterations }),
    ],
  });
  return der(
    new asn1js.Sequence({
      value: [new asn1js.Integer({ value: 3 }), contentInfo(oid.data, new asn1js.OctetString({ valueHex: authenticatedSafe })), macData],
    }),
  );
}
