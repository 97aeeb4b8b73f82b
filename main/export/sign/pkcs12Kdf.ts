import { createHash } from 'node:crypto';

const blockSizes: Record<string, number> = { sha1: 64, sha224: 64, sha256: 64, sha384: 128, sha512: 128 };

/** A password as PKCS#12 wants it: UTF-16BE with a two-byte terminator. */
export function bmpPassword(password: string): Buffer {
  const utf16 = Buffer.from(`${password}\u0000`, 'utf16le');
  utf16.swap16();
  return utf16;
}

/**
 * The key derivation of PKCS#12 (RFC 7292 appendix B.2), used for its MAC and its legacy
 * encryption: id 1 gives a key, 2 an IV, 3 a MAC key.
 */
export function pkcs12Kdf(hash: string, password: Buffer, salt: Buffer, id: 1 | 2 | 3, iterations: number, length: number): Buffer {
  const v = blockSizes[hash];
  if (!v) throw new Error(`unsupported hash ${hash}`);
  const repeatTo = (source: Buffer) => {
    if (source.length === 0) return Buffer.alloc(0);
    const size = v * Math.ceil(source.length / v);
    const out = Buffer.alloc(size);
    for (let index = 0; index < size; index += 1) out[index] = source[index % source.length]!;
    return out;
  };
  const diversifier = Buffer.alloc(v, id);
  const input = Buffer.concat([repeatTo(salt), repeatTo(password)]);
  const result: Buffer[] = [];
  let produced = 0;
  while (produced < length) {
    let block = createHash(hash).update(diversifier).update(input).digest();
    for (let round = 1; round < iterations; round += 1) block = createHash(hash).update(block).digest();
    result.push(block);
    produced += block.length;
    const b = Buffer.alloc(v);
    for (let index = 0; index < v; index += 1) b[index] = block[index % block.length]!;
    // I_j = (I_j + B + 1) mod 2^(8v), for every v-byte block of I.
    for (let start = 0; start < input.length; start += v) {
      let carry = 1;
      for (let index = v - 1; index >= 0; index -= 1) {
        const sum = input[start + index]! + b[index]! + carry;
        input[start + index] = sum & 0xff;
        carry = sum >> 8;
      }
    }
  }
  return Buffer.concat(result).subarray(0, length);
}
