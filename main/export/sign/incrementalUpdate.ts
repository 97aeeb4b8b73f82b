import { randomBytes } from 'node:crypto';
import type { PdfFile } from './pdfFile';
import { serialize, writeStream } from './pdfSerialize';
import { PdfName, PdfStream, PdfString, type PdfDict, type PdfValue } from './pdfValues';

/** An object an update adds or replaces. */
export interface UpdatedObject {
  num: number;
  value: PdfValue;
}

function objectBytes(num: number, value: PdfValue): Buffer {
  const body = value instanceof PdfStream ? writeStream(value) : Buffer.from(serialize(value), 'latin1');
  return Buffer.concat([Buffer.from(`${num} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
}

function groups(nums: number[]): number[][] {
  const sorted = [...nums].sort((a, b) => a - b);
  const result: number[][] = [];
  for (const num of sorted) {
    const last = result[result.length - 1];
    if (last && last[last.length - 1] === num - 1) last.push(num);
    else result.push([num]);
  }
  return result;
}

function trailerEntries(file: PdfFile, size: number): PdfDict {
  const trailer: PdfDict = new Map();
  trailer.set('Size', size);
  for (const key of ['Root', 'Info'] as const) {
    const value = file.trailer.get(key);
    if (value !== undefined) trailer.set(key, value);
  }
  const id = file.trailer.get('ID');
  const first = Array.isArray(id) && id[0] instanceof PdfString ? id[0] : new PdfString(randomBytes(16));
  // The first ID names the document and stays; the second names this revision.
  trailer.set('ID', [first, new PdfString(randomBytes(16))]);
  trailer.set('Prev', file.startxref);
  return trailer;
}

/**
 * Appends an incremental update (ISO 32000-1 §7.5.6): the file's bytes stay as they are, the
 * new objects follow with a cross-reference section of the same kind the file uses. Earlier
 * signatures stay valid because the bytes they cover are never touched.
 */
export function appendUpdate(file: PdfFile, objects: UpdatedObject[]): Buffer {
  const base = file.bytes;
  const parts: Buffer[] = [base];
  let length = base.length;
  if (base[base.length - 1] !== 0x0a && base[base.length - 1] !== 0x0d) {
    parts.push(Buffer.from('\n'));
    length += 1;
  }
  const offsets = new Map<number, number>();
  for (const object of objects) {
    offsets.set(object.num, length);
    const bytes = objectBytes(object.num, object.value);
    parts.push(bytes);
    length += bytes.length;
  }
  const highest = Math.max(file.size - 1, ...objects.map((object) => object.num));
  const xrefOffset = length;
  if (file.xrefKind === 'table') {
    const lines = ['xref'];
    for (const group of groups([...offsets.keys()])) {
      lines.push(`${group[0]} ${group.length}`);
      for (const num of group) lines.push(`${String(offsets.get(num)).padStart(10, '0')} 00000 n `);
    }
    const trailer = trailerEntries(file, highest + 1);
    lines.push('trailer', serialize(trailer), 'startxref', String(xrefOffset), '%%EOF', '');
    parts.push(Buffer.from(lines.join('\n'), 'latin1'));
    return Buffer.concat(parts);
  }
  // A file with cross-reference streams gets one too: a table may not follow a stream.
  const xrefNum = highest + 1;
  offsets.set(xrefNum, xrefOffset);
  const rows: Buffer[] = [];
  const index: number[] = [];
  for (const group of groups([...offsets.keys()])) {
    index.push(group[0]!, group.length);
    for (const num of group) {
      const row = Buffer.alloc(7);
      row[0] = 1;
      row.writeUInt32BE(offsets.get(num)!, 1);
      row.writeUInt16BE(0, 5);
      rows.push(row);
    }
  }
  const dict = trailerEntries(file, xrefNum + 1);
  dict.set('Type', new PdfName('XRef'));
  dict.set('W', [1, 4, 2]);
  dict.set('Index', index);
  parts.push(objectBytes(xrefNum, new PdfStream(dict, Buffer.concat(rows))));
  parts.push(Buffer.from(`startxref\n${xrefOffset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}
