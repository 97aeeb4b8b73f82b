/** What an export makes: the minutes, the notice of the meeting, or an extract of some §. */
export const exportDocuments = ['protokoll', 'kallelse', 'utdrag'] as const;
/** A kind of exported document. */
export type ExportDocument = (typeof exportDocuments)[number];

/** The file formats Paragraf writes. */
export const exportFormats = ['docx', 'pdf'] as const;
/** A file format. */
export type ExportFormat = (typeof exportFormats)[number];

/** Who signs a PDF, as the signature's reason and the signature block name them. */
export const signerRoles = ['sekreterare', 'ordförande', 'justerare', 'utdragsbestyrkare'] as const;
/** A signer's role. */
export type SignerRole = (typeof signerRoles)[number];

/** A file made in main, carried to the renderer as base64 and offered there as a download. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
  byteLength: number;
}

/** A PKCS#12 certificate kept by Paragraf; the private key stays encrypted with its password. */
export interface CertificateInfo {
  id: string;
  label: string;
  /** The subject's common name: the person (or organisation) who signs. */
  subjectName: string;
  /** The subject's organisation, when the certificate names one. */
  organisation: string;
  issuerName: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  /** SHA-256 of the certificate, hex, to compare with what a recipient sees. */
  fingerprint: string;
  selfSigned: boolean;
  origin: 'imported' | 'created';
  createdAt: string;
}

/** Why a signature is not valid, one code each, so the UI can word it. */
export const signatureProblems = [
  'digest-mismatch',
  'bad-signature',
  'malformed',
  'not-yet-valid-certificate',
  'expired-certificate',
  'changed-after-signing',
  'incomplete-coverage',
] as const;
/** A reason a signature fails. */
export type SignatureProblem = (typeof signatureProblems)[number];

/** One signature in a PDF, as Paragraf verified it. */
export interface SignatureReport {
  fieldName: string;
  signerName: string;
  organisation: string;
  issuerName: string;
  reason: string;
  signingTime: string | null;
  certificateNotBefore: string;
  certificateNotAfter: string;
  selfSigned: boolean;
  /** The signed bytes are unchanged and the signature matches the certificate's key. */
  intact: boolean;
  /** What was added after this signature: nothing, only later signatures, or other changes. */
  laterChanges: 'none' | 'signatures' | 'other';
  valid: boolean;
  problems: SignatureProblem[];
}

/** The outcome of verifying a PDF: every signature, and whether the whole is valid. */
export interface PdfVerification {
  pdf: boolean;
  signatures: SignatureReport[];
  /** Signed, every signature valid, and nothing but signatures added after the first. */
  valid: boolean;
}

/** What the archive export wrote for a body's year. */
export interface ArchiveResult {
  folder: string;
  files: string[];
}
