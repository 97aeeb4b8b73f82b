/** A PDF name such as /Type. */
export class PdfName {
  constructor(readonly name: string) {}
}

/** An indirect reference such as 12 0 R. */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A string, kept as its bytes (literal or hex in the file). */
export class PdfString {
  constructor(readonly bytes: Buffer) {}
}

/** Syntax written as given: the fixed-width placeholders a signature fills in later. */
export class PdfRaw {
  constructor(readonly text: string) {}
}

/** A dictionary; keys without the slash, in file order. */
export type PdfDict = Map<string, PdfValue>;

/** A stream: its dictionary and its raw (still encoded) bytes. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Buffer,
  ) {}
}

/** Any PDF value. */
export type PdfValue = PdfName | PdfRef | PdfString | PdfStream | PdfRaw | PdfDict | PdfValue[] | number | boolean | null;

/** Whether a value is a dictionary. */
export function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof Map;
}

/** The name a dictionary holds under a key, or undefined. */
export function nameOf(dict: PdfDict | undefined, key: string): string | undefined {
  const value = dict?.get(key);
  return value instanceof PdfName ? value.name : undefined;
}

/** A text string as PDF stores it (UTF-16BE with a byte order mark, or PDFDocEncoding) decoded. */
export function textOf(value: PdfValue | undefined): string {
  if (!(value instanceof PdfString)) return '';
  const bytes = value.bytes;
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  return bytes.toString('latin1');
}

/** A text string for a PDF: UTF-16BE with a byte order mark, so å ä ö and Ł survive. */
export function pdfText(text: string): PdfString {
  const utf16 = Buffer.from(text, 'utf16le');
  utf16.swap16();
  return new PdfString(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16]));
}
