// RC2 (RFC 2268), decryption only: old .p12/.pfx files (OpenSSL 1.x, older Windows) encrypt their
// certificates with 40-bit RC2, and Node's OpenSSL 3 no longer offers it.

const piTable = Buffer.from(
  [
    'd978f9c419ddb5ed28e9fd794aa0d89d',
    'c67e37832b76538e624c6488448bfba2',
    '179a59f587b34f1361456d8d09817d32',
    'bd8f40eb86b77b0bf09521225c6b4e82',
    '54d66593ce60b21c7356c014a78cf1dc',
    '1275ca1f3bbee4d1423dd430a33cb626',
    '6fbf0eda4669075727f21d9bbc944303',
    'f811c7f690ef3ee706c3d52fc8661ed7',
    '08e8eade8052eef784aa72ac354d6a2a',
    '961ad2715a1549744b9fd05e0418a4ec',
    'c2e0416e0f51cbcc2491af50a1f47039',
    '997c3a8523b8b47afc02365b25559731',
    '2d5dfa98e38a92ae05df2910676cbac9',
    'd300e6cfe19ea82c6316013f58e289a9',
    '0d38341bab33ffb0bb480c5fb9b1cd2e',
    'c5f3db47e5a59c770aa62068fe7fc1ad',
  ].join(''),
  'hex',
);

function expandKey(key: Buffer, effectiveBits: number): Uint16Array {
  const l = Buffer.alloc(128);
  key.copy(l);
  const t = key.length;
  for (let index = t; index < 128; index += 1) l[index] = piTable[(l[index - 1]! + l[index - t]!) & 0xff]!;
  const t8 = (effectiveBits + 7) >> 3;
  const tm = 0xff >> (8 * t8 - effectiveBits);
  l[128 - t8] = piTable[l[128 - t8]! & tm]!;
  for (let index = 127 - t8; index >= 0; index -= 1) l[index] = piTable[l[index + 1]! ^ l[index + t8]!]!;
  const k = new Uint16Array(64);
  for (let index = 0; index < 64; index += 1) k[index] = l[2 * index]! | (l[2 * index + 1]! << 8);
  return k;
}

function decryptBlock(k: Uint16Array, block: Buffer): Buffer {
  const r = [block.readUInt16LE(0), block.readUInt16LE(2), block.readUInt16LE(4), block.readUInt16LE(6)];
  const shifts = [1, 2, 3, 5];
  let j = 63;
  const mix = () => {
    for (let i = 3; i >= 0; i -= 1) {
      const s = shifts[i]!;
      r[i] = ((r[i]! >>> s) | (r[i]! << (16 - s))) & 0xffff;
      r[i] = (r[i]! - k[j]! - (r[(i + 3) % 4]! & r[(i + 2) % 4]!) - (~r[(i + 3) % 4]! & r[(i + 1) % 4]!)) & 0xffff;
      j -= 1;
    }
  };
  const mash = () => {
    for (let i = 3; i >= 0; i -= 1) r[i] = (r[i]! - k[r[(i + 3) % 4]! & 63]!) & 0xffff;
  };
  for (let round = 0; round < 5; round += 1) mix();
  mash();
  for (let round = 0; round < 6; round += 1) mix();
  mash();
  for (let round = 0; round < 5; round += 1) mix();
  const out = Buffer.alloc(8);
  r.forEach((word, index) => out.writeUInt16LE(word, index * 2));
  return out;
}

/** Decrypts RC2 in ECB, one block (for the RFC's test vectors). */
export function rc2DecryptBlock(key: Buffer, effectiveBits: number, block: Buffer): Buffer {
  return decryptBlock(expandKey(key, effectiveBits), block);
}

/** Decrypts RC2-CBC and removes the PKCS#7 padding; throws when the padding is wrong (a wrong password). */
export function rc2CbcDecrypt(key: Buffer, effectiveBits: number, iv: Buffer, data: Buffer): Buffer {
  if (data.length === 0 || data.length % 8 !== 0) throw new Error('bad RC2 data length');
  const k = expandKey(key, effectiveBits);
  const out = Buffer.alloc(data.length);
  let previous = iv;
  for (let at = 0; at < data.length; at += 8) {
    const block = data.subarray(at, at + 8);
    const plain = decryptBlock(k, block);
    for (let index = 0; index < 8; index += 1) out[at + index] = plain[index]! ^ previous[index]!;
    previous = block;
  }
  const pad = out[out.length - 1]!;
  if (pad < 1 || pad > 8 || !out.subarray(out.length - pad).every((byte) => byte === pad)) throw new Error('bad padding');
  return out.subarray(0, out.length - pad);
}
