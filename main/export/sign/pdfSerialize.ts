import { PdfName, PdfRaw, PdfRef, PdfStream, PdfString, type PdfValue } from './pdfValues';

function nameText(name: string): string {
  let out = '/';
  for (const char of Buffer.from(name, 'latin1')) {
    const regular = char > 0x20 && char < 0x7f && !'()<>[]{}/%#'.includes(String.fromCharCode(char));
    out += regular ? String.fromCharCode(char) : `#${char.toString(16).padStart(2, '0')}`;
  }
  return out;
}

function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
}

/** A value as PDF syntax (latin1 text); strings are written as hex so any bytes survive. */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return numberText(value);
  if (value instanceof PdfName) return nameText(value.name);
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfRaw) return value.text;
  if (value instanceof PdfString) return `<${value.bytes.toString('hex')}>`;
  if (value instanceof PdfStream) throw new Error('a stream is written with writeStream');
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  return `<<${[...value.entries()].map(([key, item]) => `${nameText(key)} ${serialize(item)}`).join(' ')}>>`;
}

/** A stream object's bytes: its dictionary with the right /Length, then the data. */
export function writeStream(stream: PdfStream): Buffer {
  const dict = new Map(stream.dict);
  dict.set('Length', stream.raw.length);
  return Buffer.concat([Buffer.from(`${serialize(dict)}\nstream\n`, 'latin1'), stream.raw, Buffer.from('\nendstream', 'latin1')]);
}
