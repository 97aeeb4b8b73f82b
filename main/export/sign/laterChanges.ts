import { PdfLexer } from './pdfLexer';
import { PdfFile, objectsDefinedIn } from './pdfFile';
import { serialize } from './pdfSerialize';
import { decodeStream } from './streamData';
import { PdfRef, PdfStream, isDict, nameOf, type PdfDict, type PdfValue } from './pdfValues';

/** What each kind of existing object may change after a signature: only what signing adds. */
const allowedChanges: { kind: (dict: PdfDict) => boolean; keys: string[] }[] = [
  { kind: (dict) => nameOf(dict, 'Type') === 'Catalog', keys: ['AcroForm', 'DSS', 'Perms'] },
  { kind: (dict) => nameOf(dict, 'Type') === 'Page', keys: ['Annots'] },
  { kind: (dict) => dict.has('Fields'), keys: ['Fields', 'SigFlags', 'DR', 'DA', 'NeedAppearances'] },
];

function without(dict: PdfDict, keys: string[]): string {
  const copy = new Map(dict);
  for (const key of keys) copy.delete(key);
  return serialize(copy);
}

function isSignatureField(file: PdfFile, value: PdfValue | undefined): boolean {
  const dict = file.dict(value);
  if (!dict) return false;
  if (nameOf(dict, 'FT') === 'Sig') return true;
  return nameOf(file.dict(dict.get('Parent')), 'FT') === 'Sig';
}

function refKeys(value: PdfValue | undefined, file: PdfFile): string[] {
  const resolved = file.resolve(value);
  return Array.isArray(resolved) ? resolved.map((item) => (item instanceof PdfRef ? `${item.num} ${item.gen}` : serialize(item))) : [];
}

/** Whether a redefined object changed only in what adding a signature changes. */
function harmless(before: PdfValue, after: PdfValue, signed: PdfFile, latest: PdfFile): boolean {
  if (before instanceof PdfStream || after instanceof PdfStream) {
    return before instanceof PdfStream && after instanceof PdfStream && serialize(before.dict) === serialize(after.dict) && before.raw.equals(after.raw);
  }
  if (!isDict(before) || !isDict(after)) return serialize(before) === serialize(after);
  const rule = allowedChanges.find((candidate) => candidate.kind(before));
  if (!rule || !rule.kind(after) || without(before, rule.keys) !== without(after, rule.keys)) return serialize(before) === serialize(after);
  // New annotations or fields must be signature fields, and nothing may be taken away.
  for (const key of ['Annots', 'Fields']) {
    if (!rule.keys.includes(key)) continue;
    const old = refKeys(before.get(key), signed);
    const now = refKeys(after.get(key), latest);
    if (!old.every((item) => now.includes(item))) return false;
    const added = (Array.isArray(latest.resolve(after.get(key))) ? (latest.resolve(after.get(key)) as PdfValue[]) : []).filter(
      (item) => !old.includes(item instanceof PdfRef ? `${item.num} ${item.gen}` : serialize(item)),
    );
    if (!added.every((item) => isSignatureField(latest, item))) return false;
  }
  return true;
}

function definitions(bytes: Buffer, from: number, latest: PdfFile): { num: number; value: PdfValue }[] {
  const found: { num: number; value: PdfValue }[] = [];
  for (const location of objectsDefinedIn(bytes, from, bytes.length)) {
    const { num, value } = latest.objectAt(location.offset);
    found.push({ num, value });
    if (value instanceof PdfStream && nameOf(value.dict, 'Type') === 'ObjStm') {
      // Objects packed in an object stream are definitions too.
      const data = decodeStream(value);
      const header = new PdfLexer(data, 0);
      const count = Number(value.dict.get('N'));
      const first = Number(value.dict.get('First'));
      for (let index = 0; index < count; index += 1) {
        const packed = Number(header.value());
        const offset = Number(header.value());
        found.push({ num: packed, value: new PdfLexer(data, first + offset).value() });
      }
    }
  }
  return found;
}

/**
 * What was added after a signature that ends at `end`: nothing, only what later signatures add
 * (their dictionaries, fields, appearances, the updated page, form and catalog), or other
 * changes — a page's content, another annotation, anything that alters what was signed.
 */
export function changesAfter(bytes: Buffer, end: number, latest: PdfFile): 'none' | 'signatures' | 'other' {
  const tail = bytes.toString('latin1', end).trim();
  if (tail === '') return 'none';
  if (!tail.endsWith('%%EOF')) return 'other';
  let signed: PdfFile;
  try {
    signed = PdfFile.read(bytes.subarray(0, end));
  } catch {
    return 'other';
  }
  const defined = definitions(bytes, end, latest);
  if (defined.length === 0) return 'other';
  for (const { num, value } of defined) {
    const before = num < signed.size ? signed.object(num) : undefined;
    if (before !== undefined && !harmless(before, value, signed, latest)) return 'other';
  }
  return 'signatures';
}
