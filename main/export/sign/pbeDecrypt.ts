import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { octets } from './der';
import { oid } from './oids';
import { pkcs12Kdf } from './pkcs12Kdf';
import { rc2CbcDecrypt } from './rc2';

const prfDigests: Record<string, string> = {
  [oid.hmacSha1]: 'sha1',
  [oid.hmacSha224]: 'sha224',
  [oid.hmacSha256]: 'sha256',
  [oid.hmacSha384]: 'sha384',
  [oid.hmacSha512]: 'sha512',
};

const pbes2Ciphers: Record<string, { name: string; keyLength: number }> = {
  [oid.aes128Cbc]: { name: 'aes-128-cbc', keyLength: 16 },
  [oid.aes192Cbc]: { name: 'aes-192-cbc', keyLength: 24 },
  [oid.aes256Cbc]: { name: 'aes-256-cbc', keyLength: 32 },
  [oid.desEde3Cbc]: { name: 'des-ede3-cbc', keyLength: 24 },
};

function integer(block: asn1js.AsnType | undefined): number {
  if (!(block instanceof asn1js.Integer)) throw new Error('expected an INTEGER');
  return block.valueBlock.valueDec;
}

function sequence(block: asn1js.AsnType | undefined): asn1js.AsnType[] {
  if (!(block instanceof asn1js.Sequence)) throw new Error('expected a SEQUENCE');
  return block.valueBlock.value as asn1js.AsnType[];
}

/** A password in the two forms PKCS#12 uses: UTF-8 for PBES2, a BMPString for the legacy schemes and the MAC. */
export interface Pkcs12Password {
  utf8: Buffer;
  bmp: Buffer;
}

function pbes2(params: asn1js.AsnType, password: Pkcs12Password, data: Buffer): Buffer {
  const [kdf, scheme] = sequence(params).map((block) => new pkijs.AlgorithmIdentifier({ schema: block }));
  if (!kdf || !scheme || kdf.algorithmId !== oid.pbkdf2) throw new Error('unsupported key derivation');
  const [salt, iterations, ...rest] = sequence(kdf.algorithmParams as asn1js.AsnType);
  let keyLength: number | undefined;
  let digest = 'sha1';
  for (const block of rest) {
    if (block instanceof asn1js.Integer) keyLength = integer(block);
    else digest = prfDigests[new pkijs.AlgorithmIdentifier({ schema: block }).algorithmId] ?? '';
  }
  const cipher = pbes2Ciphers[scheme.algorithmId];
  if (!cipher || !digest) throw new Error('unsupported cipher');
  const key = pbkdf2Sync(password.utf8, octets(salt!), integer(iterations), keyLength ?? cipher.keyLength, digest);
  const decipher = createDecipheriv(cipher.name, key, octets(scheme.algorithmParams as asn1js.AsnType));
  return Buffer.concat([decipher.update(data), decipher.final()]);
}

function pkcs12Pbe(algorithm: string, params: asn1js.AsnType, password: Pkcs12Password, data: Buffer): Buffer {
  const [salt, iterations] = sequence(params);
  const saltBytes = octets(salt!);
  const rounds = integer(iterations);
  const secret = password.bmp;
  const iv = pkcs12Kdf('sha1', secret, saltBytes, 2, rounds, 8);
  if (algorithm === oid.pbeSha1TripleDes || algorithm === oid.pbeSha1TwoKeyTripleDes) {
    let key = pkcs12Kdf('sha1', secret, saltBytes, 1, rounds, algorithm === oid.pbeSha1TripleDes ? 24 : 16);
    if (key.length === 16) key = Buffer.concat([key, key.subarray(0, 8)]);
    const decipher = createDecipheriv('des-ede3-cbc', key, iv);
    return Buffer.concat([decipher.update(data), decipher.final()]);
  }
  const bits = algorithm === oid.pbeSha1Rc2With40 ? 40 : 128;
  return rc2CbcDecrypt(pkcs12Kdf('sha1', secret, saltBytes, 1, rounds, bits / 8), bits, iv, data);
}

/** Whether Paragraf can decrypt data protected with this algorithm. */
export function isSupportedEncryption(algorithm: string): boolean {
  return [oid.pbes2, oid.pbeSha1TripleDes, oid.pbeSha1TwoKeyTripleDes, oid.pbeSha1Rc2With40, oid.pbeSha1Rc2With128].includes(
    algorithm as typeof oid.pbes2,
  );
}

/**
 * Decrypts password-protected PKCS#12 content: PBES2 (PBKDF2 with AES or 3DES, as OpenSSL 3 and
 * current Windows write) and the legacy PKCS#12 schemes (3DES, RC2) older files use.
 * Throws when the password is wrong (the padding does not check out).
 */
export function decryptWithPassword(algorithm: pkijs.AlgorithmIdentifier, password: Pkcs12Password, data: Buffer): Buffer {
  if (algorithm.algorithmId === oid.pbes2) return pbes2(algorithm.algorithmParams as asn1js.AsnType, password, data);
  if (isSupportedEncryption(algorithm.algorithmId)) {
    return pkcs12Pbe(algorithm.algorithmId, algorithm.algorithmParams as asn1js.AsnType, password, data);
  }
  throw new Error(`unsupported encryption ${algorithm.algorithmId}`);
}
