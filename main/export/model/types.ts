import type { BodyKind, MeetingKind } from '../../../shared/contract/models';
import type { ExportDocument } from '../../../shared/contract/exportModels';
import type { Attendee, RoleAssignment } from '../../../shared/document/nodes/attendance';

/** A stretch of text with one look. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A line of text: runs side by side. */
export type Line = TextRun[];

/** How a paragraph looks: running text, a small line of facts ("Föredragande …"), or a lead-in. */
export type ParagraphStyle = 'body' | 'meta' | 'lead';

/** What marks each item of a list: "att" for att-satser, a bullet, or a number. */
export type ListMarker = 'att' | 'bullet' | 'number';

/** One item of a list, at a nesting level (0 at the top). */
export interface ListItem {
  marker: ListMarker;
  level: number;
  lines: Line[];
}

/** A row of the first-page table: a label ("Beslutande") and its lines. */
export interface FieldRow {
  label: string;
  lines: Line[];
}

/** One person who signs on paper: their role, the printed name, and the § they sign for. */
export interface SignatureLine {
  role: string;
  name: string;
  paragraphs: string;
}

/** A table with a header row: attendance, a votering, an agenda. */
export interface GridTable {
  /** Read by screen readers and shown nowhere else: what the table holds. */
  summary: string;
  columns: { title: string; width: number }[];
  rows: Line[][];
}

/** One thing on the pages, in reading order. Both exports draw exactly these. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; style: ParagraphStyle; lines: Line[] }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'fields'; rows: FieldRow[] }
  | { kind: 'grid'; table: GridTable }
  | { kind: 'signatures'; lines: SignatureLine[] }
  /** A framed section kept on one page, as the anslagsbevis is printed: title, text, facts, signature. */
  | { kind: 'box'; title: string; intro: string; rows: FieldRow[]; signature: SignatureLine }
  | { kind: 'pageBreak' };

/** What every page's header says. */
export interface PageHeader {
  organisation: string;
  body: string;
  /** "PROTOKOLL", "MINNESANTECKNINGAR", "KALLELSE", "PROTOKOLLSUTDRAG". */
  documentTitle: string;
  /** "Sammanträdesdatum" for municipal bodies, "Mötesdatum" otherwise. */
  dateLabel: string;
  date: string;
}

/** Document properties both formats carry: title, author, language. */
export interface DocumentProperties {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  language: 'sv-SE';
}

/** The whole export, page by page as the reader meets it: header, then blocks in order. */
export interface PageModel {
  document: ExportDocument;
  properties: DocumentProperties;
  header: PageHeader;
  /** Protokoll pages carry "Justerandes signatur" boxes at the foot, as paper minutes do; null for others. */
  adjusterFooter: { boxes: number } | null;
  blocks: Block[];
}

/** What the page model needs beside the document: who, which body, and the § numbering. */
export interface MeetingContext {
  organisationName: string;
  bodyName: string;
  bodyKind: BodyKind;
  meetingKind: MeetingKind;
  meetingTitle: string;
  meetingDate: string;
  firstParagraphNumber: number;
}

/** The attendance node's data, as the page model reads it. */
export interface AttendanceData {
  attendees: Attendee[];
  roles: RoleAssignment[];
}
