import { z } from 'zod';
import { exportDocuments, exportFormats, signerRoles } from './exportModels';

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** A file's bytes as base64, as the renderer reads them from an <input type=file>; at most about 45 MB. */
export const base64FileSchema = z
  .string()
  .min(1, 'empty file')
  .max(60_000_000, 'file too large')
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64');

/** A certificate's password: never stored, used once to open the key. */
export const certificatePasswordSchema = z.string().max(1000);

/** Signing with a certificate Paragraf keeps: which, its password, and the signer's role. */
export const signWithCertificateSchema = z
  .object({
    certificateId: z.string().regex(idPattern),
    password: certificatePasswordSchema,
    role: z.enum(signerRoles),
  })
  .strict();

/** What to export from a meeting: the document, the format, the § for an extract, and a signature for a PDF. */
export const exportMeetingSchema = z
  .object({
    meetingId: z.string().regex(idPattern),
    format: z.enum(exportFormats),
    document: z.enum(exportDocuments),
    /** For a protokollsutdrag: the agenda items (by id) to include, in meeting order. */
    itemIds: z.array(z.string().regex(idPattern)).max(1000).optional(),
    signature: signWithCertificateSchema.optional(),
  })
  .strict();

/** A certificate for the organisation that Paragraf makes: who signs, for whom, and the password that protects it. */
export const createCertificateSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    organisation: z.string().trim().max(200),
    email: z.string().trim().max(200),
    password: z.string().min(8, 'password too short').max(1000),
    years: z.number().int().min(1).max(10),
  })
  .strict();
