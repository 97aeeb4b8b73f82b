import { PdfName, PdfRef, PdfStream, PdfString, type PdfDict, type PdfValue } from './pdfValues';

const whitespace = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const delimiters = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/** Thrown when bytes are not the PDF syntax expected; callers turn it into a clear message. */
export class PdfSyntaxError extends Error {}

/** Resolves /Length when a stream's length is an indirect object. */
export type LengthResolver = (ref: PdfRef) => number | undefined;

/** Reads PDF values from bytes at a position: the tokens of ISO 32000-1 §7.2–7.3. */
export class PdfLexer {
  pos: number;

  constructor(
    readonly bytes: Buffer,
    start = 0,
    readonly resolveLength: LengthResolver = () => undefined,
  ) {
    this.pos = start;
  }

  skipSpace(): void {
    const { bytes } = this;
    while (this.pos < bytes.length) {
      const byte = bytes[this.pos]!;
      if (whitespace.has(byte)) this.pos += 1;
      else if (byte === 0x25) {
        while (this.pos < bytes.length && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) this.pos += 1;
      } else return;
    }
  }

  /** A bare word: a number, a keyword (obj, R, true …). */
  private word(): string {
    const start = this.pos;
    while (this.pos < this.bytes.length) {
      const byte = this.bytes[this.pos]!;
      if (whitespace.has(byte) || delimiters.has(byte)) break;
      this.pos += 1;
    }
    return this.bytes.toString('latin1', start, this.pos);
  }

  /** Reads the next word without consuming it. */
  peekWord(): string {
    const saved = this.pos;
    this.skipSpace();
    const word = this.word();
    this.pos = saved;
    return word;
  }

  /** Expects a keyword such as "obj" or "endobj". */
  expect(keyword: string): void {
    this.skipSpace();
    const word = this.word();
    if (word !== keyword) throw new PdfSyntaxError(`expected ${keyword} at ${this.pos}, found ${word || 'nothing'}`);
  }

  /** Reads one value; a dictionary followed by "stream" becomes a stream. */
  value(): PdfValue {
    this.skipSpace();
    const byte = this.bytes[this.pos];
    if (byte === undefined) throw new PdfSyntaxError('unexpected end of file');
    if (byte === 0x2f) return this.name();
    if (byte === 0x28) return this.literalString();
    if (byte === 0x3c) {
      if (this.bytes[this.pos + 1] === 0x3c) return this.dictionaryOrStream();
      return this.hexString();
    }
    if (byte === 0x5b) return this.array();
    const word = this.word();
    if (word === '') throw new PdfSyntaxError(`unexpected byte ${byte} at ${this.pos}`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) throw new PdfSyntaxError(`unexpected word ${word} at ${this.pos}`);
    const number = Number(word);
    if (/^\d+$/.test(word)) {
      // "12 0 R" is a reference: look ahead for a generation number and R.
      const saved = this.pos;
      this.skipSpace();
      const generation = this.word();
      if (/^\d+$/.test(generation)) {
        this.skipSpace();
        if (this.word() === 'R') return new PdfRef(number, Number(generation));
      }
      this.pos = saved;
    }
    return number;
  }

  private name(): PdfName {
    this.pos += 1;
    const raw = this.word();
    return new PdfName(raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))));
  }

  private literalString(): PdfString {
    const { bytes } = this;
    const out: number[] = [];
    let depth = 1;
    this.pos += 1;
    while (this.pos < bytes.length) {
      const byte = bytes[this.pos++]!;
      if (byte === 0x5c) {
        const next = bytes[this.pos++];
        if (next === undefined) break;
        const simple: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c, 0x28: 0x28, 0x29: 0x29, 0x5c: 0x5c };
        if (simple[next] !== undefined) out.push(simple[next]!);
        else if (next >= 0x30 && next <= 0x37) {
          let octal = next - 0x30;
          for (let count = 0; count < 2 && bytes[this.pos]! >= 0x30 && bytes[this.pos]! <= 0x37; count += 1) octal = octal * 8 + (bytes[this.pos++]! - 0x30);
          out.push(octal & 0xff);
        } else if (next === 0x0d) {
          if (bytes[this.pos] === 0x0a) this.pos += 1;
        } else if (next !== 0x0a) out.push(next);
        continue;
      }
      if (byte === 0x28) depth += 1;
      if (byte === 0x29 && --depth === 0) return new PdfString(Buffer.from(out));
      out.push(byte);
    }
    throw new PdfSyntaxError('unterminated string');
  }

  private hexString(): PdfString {
    const end = this.bytes.indexOf(0x3e, this.pos);
    if (end === -1) throw new PdfSyntaxError('unterminated hex string');
    let hex = this.bytes.toString('latin1', this.pos + 1, end).replace(/[^0-9A-Fa-f]/g, '');
    if (hex.length % 2 === 1) hex += '0';
    this.pos = end + 1;
    return new PdfString(Buffer.from(hex, 'hex'));
  }

  private array(): PdfValue[] {
    this.pos += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] === 0x5d) {
        this.pos += 1;
        return items;
      }
      if (this.pos >= this.bytes.length) throw new PdfSyntaxError('unterminated array');
      items.push(this.value());
    }
  }

  private dictionaryOrStream(): PdfDict | PdfStream {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        break;
      }
      const key = this.value();
      if (!(key instanceof PdfName)) throw new PdfSyntaxError(`dictionary key is not a name at ${this.pos}`);
      dict.set(key.name, this.value());
    }
    const saved = this.pos;
    this.skipSpace();
    if (this.bytes.toString('latin1', this.pos, this.pos + 6) !== 'stream') {
      this.pos = saved;
      return dict;
    }
    this.pos += 6;
    if (this.bytes[this.pos] === 0x0d) this.pos += 1;
    if (this.bytes[this.pos] === 0x0a) this.pos += 1;
    const lengthValue = dict.get('Length');
    const length = lengthValue instanceof PdfRef ? this.resolveLength(lengthValue) : typeof lengthValue === 'number' ? lengthValue : undefined;
    let end = length === undefined ? -1 : this.pos + length;
    if (end === -1 || end > this.bytes.length || this.bytes.indexOf('endstream', end, 'latin1') - end > 2) {
      // A wrong /Length: fall back to the endstream keyword, as readers do.
      end = this.bytes.indexOf('endstream', this.pos, 'latin1');
      if (end === -1) throw new PdfSyntaxError('stream without endstream');
      while (end > this.pos && (this.bytes[end - 1] === 0x0a || this.bytes[end - 1] === 0x0d)) end -= 1;
    }
    const raw = this.bytes.subarray(this.pos, end);
    this.pos = end;
    this.skipSpace();
    this.expect('endstream');
    return new PdfStream(dict, Buffer.from(raw));
  }
}
