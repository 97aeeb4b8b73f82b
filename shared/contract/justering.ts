import { z } from 'zod';

/** Utkast → Till justering → Justerat (→ Anslaget for municipal bodies). */
export const meetingStates = ['utkast', 'till_justering', 'justerat', 'anslaget'] as const;
/** Where a meeting's minutes stand. */
export type MeetingState = (typeof meetingStates)[number];

/** Who approves minutes. */
export const approverRoles = ['justerare', 'ordförande', 'sekreterare'] as const;
/** A role that approves. */
export type ApproverRole = (typeof approverRoles)[number];

/** A frozen revision of the minutes, named by the hash of its canonical form. */
export interface Revision {
  id: string;
  number: number;
  hash: string;
  reason: string;
  createdBy: string;
  createdAt: string;
  firstParagraphNumber: number;
}

/** An approval (justering): the person, their role, the time, and the revision hash it names. */
export interface Approval {
  id: string;
  revisionNumber: number;
  revisionHash: string;
  personName: string;
  role: ApproverRole;
  approvedAt: string;
  source: 'local' | 'answer';
  signed: boolean;
  /** Whether it names the current revision; an approval of an older one no longer counts. */
  current: boolean;
}

/** A comment or a suggested wording on a §. */
export interface ReviewComment {
  id: string;
  itemId: string;
  revisionHash: string;
  author: string;
  text: string;
  original: string | null;
  suggestion: string | null;
  status: 'open' | 'accepted' | 'rejected';
  createdAt: string;
}

/** One line of the audit trail. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  detail: string;
}

/** Everything the justering panel shows for a meeting. */
export interface JusteringStatus {
  meetingId: string;
  state: MeetingState;
  current: Revision | null;
  revisions: Revision[];
  approvals: Approval[];
  /** People who must approve the current revision, and whether they have. */
  required: { role: ApproverRole; name: string; approved: boolean }[];
  comments: ReviewComment[];
  pendingReason: string | null;
  deadlines: { adjustBy: string; postBy: string | null; takeDownOn: string | null };
  adjustedOn: string | null;
  postedOn: string | null;
  late: boolean;
  /** How many signatures the current revision's PDF has gathered (0 when none was made yet). */
  pdfSignatures: number;
}

/** How one § changed between two revisions. */
export interface ItemChange {
  itemId: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  numberBefore: number | null;
  numberAfter: number | null;
  titleBefore: string;
  titleAfter: string;
  textBefore: string;
  textAfter: string;
}

const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);
const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A review file (.paragraf) as it travels: the frozen revision, and the PDF to sign. */
export const reviewFileSchema = z
  .object({
    format: z.literal('paragraf-review'),
    version: z.literal(1),
    reviewId: idSchema,
    createdAt: z.string().max(40),
    sender: z.string().max(200),
    organisation: z.string().max(200),
    body: z.string().max(200),
    meeting: z.object({ id: idSchema, title: z.string().max(200), date: z.string().max(10) }).strict(),
    revision: z
      .object({ number: z.number().int().min(1), hash: hashSchema, firstParagraphNumber: z.number().int().min(1), document: z.unknown() })
      .strict(),
    /** The revision's PDF (base64), signed by those who signed before; absent when none was made. */
    pdf: z.string().max(200_000_000).nullable(),
    /** SHA-256 of the canonical form of every field above: catches a file altered or cut short. */
    checksum: hashSchema,
  })
  .strict();
/** A review file. */
export type ReviewFile = z.infer<typeof reviewFileSchema>;

/** An answer file: the justerare's comments, suggestions and approval of one revision. */
export const answerFileSchema = z
  .object({
    format: z.literal('paragraf-answer'),
    version: z.literal(1),
    answerId: idSchema,
    reviewId: idSchema,
    meetingId: idSchema,
    revisionHash: hashSchema,
    createdAt: z.string().max(40),
    from: z.object({ name: z.string().min(1).max(200), role: z.enum(approverRoles) }).strict(),
    comments: z
      .array(
        z
          .object({
            itemId: idSchema,
            text: z.string().max(10_000),
            original: z.string().max(100_000).nullable(),
            suggestion: z.string().max(100_000).nullable(),
          })
          .strict(),
      )
      .max(1000),
    approval: z.object({ approvedAt: z.string().max(40) }).strict().nullable(),
    pdf: z.string().max(200_000_000).nullable(),
    checksum: hashSchema,
  })
  .strict();
/** An answer file. */
export type AnswerFile = z.infer<typeof answerFileSchema>;

/** A file for the user to save: its suggested name and its text. */
export interface OutgoingFile {
  fileName: string;
  content: string;
}

/** A review file opened on the justerare's computer. */
export interface ReceivedReview {
  reviewId: string;
  sender: string;
  organisation: string;
  body: string;
  meeting: { id: string; title: string; date: string };
  revision: { number: number; hash: string; firstParagraphNumber: number };
  document: unknown;
  hasPdf: boolean;
  receivedAt: string;
  answeredAt: string | null;
  comments: ReviewComment[];
}

/** What reading an answer file did. */
export interface AnswerImport {
  meetingId: string;
  from: string;
  commentsAdded: number;
  approval: 'recorded' | 'older-revision' | 'none';
  state: MeetingState;
  /** Whether the answer brought a PDF with valid signatures that is now kept for the archive. */
  signedPdf: boolean;
}
