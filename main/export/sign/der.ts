import * as asn1js from 'asn1js';

/** A DER encoding as a Buffer. */
export function der(block: { toBER: (sizeOnly?: boolean) => ArrayBuffer }): Buffer {
  return Buffer.from(block.toBER(false));
}

/** Parses DER (or BER) bytes; throws when they are not ASN.1. */
export function parseDer(bytes: Uint8Array): asn1js.AsnType {
  const parsed = asn1js.fromBER(bytes);
  if (parsed.offset === -1) throw new Error(`not ASN.1: ${parsed.result.error}`);
  return parsed.result;
}

/**
 * Orders the members of a SET OF as DER requires (X.690 §11.6): by their encodings, the shorter
 * padded with zeros. Verifiers such as NSS re-encode signed attributes, so the order matters.
 */
export function derSetOrder<T extends { toSchema: () => { toBER: (sizeOnly?: boolean) => ArrayBuffer } }>(items: T[]): T[] {
  const encoded = items.map((item) => ({ item, bytes: der(item.toSchema()) }));
  encoded.sort((a, b) => {
    const length = Math.max(a.bytes.length, b.bytes.length);
    for (let index = 0; index < length; index += 1) {
      const difference = (a.bytes[index] ?? 0) - (b.bytes[index] ?? 0);
      if (difference !== 0) return difference;
    }
    return 0;
  });
  return encoded.map((entry) => entry.item);
}

/** The bytes of an OCTET STRING, constructed (BER, in chunks) or not. */
export function octets(block: asn1js.AsnType): Buffer {
  if (!(block instanceof asn1js.OctetString)) throw new Error('expected an OCTET STRING');
  if (block.idBlock.isConstructed) {
    return Buffer.concat(block.valueBlock.value.map((part) => octets(part as asn1js.AsnType)));
  }
  return Buffer.from(block.valueBlock.valueHexView);
}

/** The text of an ASN.1 string of any kind (UTF8String, PrintableString, BMPString …). */
export function stringValue(block: unknown): string {
  if (block instanceof asn1js.BmpString || block instanceof asn1js.Utf8String || block instanceof asn1js.UniversalString) {
    return block.valueBlock.value;
  }
  if (block && typeof block === 'object' && 'valueBlock' in block) {
    const value = (block as { valueBlock: { value?: unknown; valueHexView?: Uint8Array } }).valueBlock;
    if (typeof value.value === 'string') return value.value;
    if (value.valueHexView) return Buffer.from(value.valueHexView).toString('latin1');
  }
  return '';
}
