/**
 * The canonical text of a value for hashing: object keys sorted, no white space, strings in
 * Unicode NFC, so the same minutes give the same hash on every computer.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'string') return JSON.stringify(value.normalize('NFC'));
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key.normalize('NFC'))}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`cannot hash a ${typeof value}`);
}

/**
 * What a revision's hash covers: the meeting, the revision's number (so a new revision never
 * shares a hash with an earlier one, even unchanged), its first § number and the minutes.
 */
export interface RevisionContent {
  meetingId: string;
  revisionNumber: number;
  firstParagraphNumber: number;
  document: unknown;
}

/** The canonical text of a revision, hashed with SHA-256 to give the revision's hash. */
export function revisionCanonicalText(content: RevisionContent): string {
  return canonicalJson({ format: 'paragraf-revision-1', ...content });
}
