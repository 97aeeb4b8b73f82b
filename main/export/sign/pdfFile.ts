import { PdfLexer, PdfSyntaxError } from './pdfLexer';
import { decodeStream } from './streamData';
import { PdfRef, PdfStream, isDict, nameOf, type PdfDict, type PdfValue } from './pdfValues';

type XrefEntry = { kind: 'offset'; offset: number } | { kind: 'compressed'; stream: number; index: number } | { kind: 'free' };

/** Where an object is defined in the file. */
export interface ObjectLocation {
  num: number;
  offset: number;
}

/**
 * A PDF read for signing and verifying: its cross-reference sections (tables and streams, with
 * every incremental update), the newest trailer, and its objects on demand.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  readonly startxref: number;
  readonly xrefKind: 'table' | 'stream';
  private readonly entries = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue>();

  private constructor(readonly bytes: Buffer) {
    if (bytes.toString('latin1', 0, 1024).indexOf('%PDF-') === -1) throw new PdfSyntaxError('not a PDF');
    this.startxref = findStartxref(bytes);
    const { trailer, kind } = this.readSections(this.startxref);
    this.trailer = trailer;
    this.xrefKind = kind;
  }

  /** Reads a PDF's structure; throws PdfSyntaxError when it is not one. */
  static read(bytes: Buffer): PdfFile {
    return new PdfFile(bytes);
  }

  /** The number the next new object gets. */
  get size(): number {
    const size = this.trailer.get('Size');
    return typeof size === 'number' ? size : Math.max(0, ...this.entries.keys()) + 1;
  }

  /** An object by number (or reference), or undefined when it is free or missing. */
  object(target: PdfRef | number): PdfValue | undefined {
    const num = typeof target === 'number' ? target : target.num;
    if (this.cache.has(num)) return this.cache.get(num);
    const entry = this.entries.get(num);
    let value: PdfValue | undefined;
    if (entry?.kind === 'offset') value = this.objectAt(entry.offset).value;
    if (entry?.kind === 'compressed') value = this.compressedObject(entry.stream, entry.index);
    if (value !== undefined) this.cache.set(num, value);
    return value;
  }

  /** A value with references followed. */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? this.object(value) : value;
  }

  /** A dictionary behind a value, or undefined. */
  dict(value: PdfValue | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    if (resolved instanceof PdfStream) return resolved.dict;
    return isDict(resolved) ? resolved : undefined;
  }

  /** The document catalog. */
  catalog(): PdfDict {
    const catalog = this.dict(this.trailer.get('Root'));
    if (!catalog) throw new PdfSyntaxError('no document catalog');
    return catalog;
  }

  /** The first page's reference. */
  firstPage(): PdfRef {
    let node: PdfValue | undefined = this.catalog().get('Pages');
    for (let depth = 0; depth < 64; depth += 1) {
      if (!(node instanceof PdfRef)) break;
      const dict = this.dict(node);
      if (nameOf(dict, 'Type') === 'Page') return node;
      const kids = this.resolve(dict?.get('Kids'));
      if (!Array.isArray(kids) || kids.length === 0) break;
      node = kids[0];
    }
    throw new PdfSyntaxError('no page found');
  }

  /** The object defined at an offset: its number and value. */
  objectAt(offset: number): { num: number; value: PdfValue } {
    const lexer = new PdfLexer(this.bytes, offset, (ref) => {
      const length = this.object(ref);
      return typeof length === 'number' ? length : undefined;
    });
    const num = lexer.value();
    lexer.value();
    lexer.expect('obj');
    if (typeof num !== 'number') throw new PdfSyntaxError(`no object at ${offset}`);
    return { num, value: lexer.value() };
  }

  private compressedObject(streamNum: number, index: number): PdfValue | undefined {
    const stream = this.object(streamNum);
    if (!(stream instanceof PdfStream)) return undefined;
    const data = decodeStream(stream);
    const count = stream.dict.get('N');
    const first = stream.dict.get('First');
    if (typeof count !== 'number' || typeof first !== 'number') return undefined;
    const header = new PdfLexer(data, 0);
    const offsets: number[] = [];
    for (let at = 0; at < count; at += 1) {
      header.value();
      offsets.push(Number(header.value()));
    }
    const offset = offsets[index];
    return offset === undefined ? undefined : new PdfLexer(data, first + offset).value();
  }

  private readSections(start: number): { trailer: PdfDict; kind: 'table' | 'stream' } {
    let newest: { trailer: PdfDict; kind: 'table' | 'stream' } | undefined;
    const seen = new Set<number>();
    const pending = [start];
    while (pending.length > 0) {
      const offset = pending.shift()!;
      if (seen.has(offset) || offset < 0 || offset >= this.bytes.length) continue;
      seen.add(offset);
      const section = this.bytes.toString('latin1', offset, offset + 4) === 'xref' ? this.readTable(offset) : this.readStream(offset);
      newest ??= section;
      const hybrid = section.trailer.get('XRefStm');
      if (typeof hybrid === 'number') pending.unshift(hybrid);
      const previous = section.trailer.get('Prev');
      if (typeof previous === 'number') pending.push(previous);
    }
    if (!newest) throw new PdfSyntaxError('no cross-reference section');
    return newest;
  }

  private setEntry(num: number, entry: XrefEntry): void {
    // Sections are read newest first; an older one never overrides.
    if (!this.entries.has(num)) this.entries.set(num, entry);
  }

  private readTable(offset: number): { trailer: PdfDict; kind: 'table' } {
    const end = this.bytes.indexOf('trailer', offset, 'latin1');
    if (end === -1) throw new PdfSyntaxError('xref table without trailer');
    const tokens = this.bytes.toString('latin1', offset + 4, end).trim().split(/\s+/).filter(Boolean);
    let at = 0;
    while (at + 1 < tokens.length) {
      const first = Number(tokens[at]);
      const count = Number(tokens[at + 1]);
      if (!Number.isInteger(first) || !Number.isInteger(count)) throw new PdfSyntaxError('bad xref subsection');
      at += 2;
      for (let index = 0; index < count; index += 1, at += 3) {
        const type = tokens[at + 2];
        if (type === 'n') this.setEntry(first + index, { kind: 'offset', offset: Number(tokens[at]) });
        else if (type === 'f') this.setEntry(first + index, { kind: 'free' });
        else throw new PdfSyntaxError('bad xref entry');
      }
    }
    const trailer = new PdfLexer(this.bytes, end + 'trailer'.length).value();
    if (!isDict(trailer)) throw new PdfSyntaxError('trailer is not a dictionary');
    return { trailer, kind: 'table' };
  }

  private readStream(offset: number): { trailer: PdfDict; kind: 'stream' } {
    const { value } = this.objectAt(offset);
    if (!(value instanceof PdfStream) || nameOf(value.dict, 'Type') !== 'XRef') throw new PdfSyntaxError('no cross-reference at startxref');
    const widths = value.dict.get('W');
    if (!Array.isArray(widths) || widths.length !== 3 || !widths.every((width) => typeof width === 'number')) {
      throw new PdfSyntaxError('bad xref stream widths');
    }
    const [w1, w2, w3] = widths as [number, number, number];
    const size = Number(value.dict.get('Size'));
    const indexValue = value.dict.get('Index');
    const index = Array.isArray(indexValue) ? indexValue.map(Number) : [0, size];
    const data = decodeStream(value);
    const read = (at: number, width: number) => {
      let result = 0;
      for (let byte = 0; byte < width; byte += 1) result = result * 256 + data[at + byte]!;
      return result;
    };
    let at = 0;
    for (let pair = 0; pair + 1 < index.length; pair += 2) {
      for (let item = 0; item < index[pair + 1]!; item += 1) {
        const type = w1 === 0 ? 1 : read(at, w1);
        const second = read(at + w1, w2);
        const third = read(at + w1 + w2, w3);
        at += w1 + w2 + w3;
        const num = index[pair]! + item;
        if (type === 1) this.setEntry(num, { kind: 'offset', offset: second });
        else if (type === 2) this.setEntry(num, { kind: 'compressed', stream: second, index: third });
        else this.setEntry(num, { kind: 'free' });
      }
    }
    return { trailer: value.dict, kind: 'stream' };
  }
}

/** The offset after the last "startxref". */
export function findStartxref(bytes: Buffer): number {
  const tail = Math.max(0, bytes.length - 2048);
  const at = bytes.lastIndexOf('startxref', bytes.length, 'latin1');
  if (at < tail || at === -1) throw new PdfSyntaxError('no startxref');
  const match = /^\s*(\d+)/.exec(bytes.toString('latin1', at + 9, at + 40));
  if (!match) throw new PdfSyntaxError('bad startxref');
  return Number(match[1]);
}

/** Every "n g obj" in a stretch of the file, as the objects an incremental update defines. */
export function objectsDefinedIn(bytes: Buffer, from: number, to: number): ObjectLocation[] {
  const text = bytes.toString('latin1', from, to);
  const found: ObjectLocation[] = [];
  const pattern = /(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ num: Number(match[1]), offset: from + match.index + match[0].indexOf(match[1]!) });
  }
  return found;
}
