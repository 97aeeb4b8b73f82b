import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';
import { bodyKinds, memberRoles } from '../domain/kinds';
import { approverRoles } from './justering';
import type { MinutesDocument } from '../document/types';
import type { MethodKey } from './methods';
import { base64FileSchema, certificatePasswordSchema, createCertificateSchema, exportMeetingSchema, signWithCertificateSchema } from './exportInputs';

/** An entity id: letters, digits, '-' and '_'. */
export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not an id');

/** A name shown to people: trimmed, not empty, not endless. */
export const nameSchema = z.string().trim().min(1, 'empty').max(200, 'too long');

/** A calendar date written YYYY-MM-DD that exists. */
export const isoDateSchema = z.string().refine(isValidIsoDate, 'not a date');

/** A minutes document at the boundary: its shape is checked in full against the schema by the service. */
export const minutesDocumentSchema = z.custom<MinutesDocument>(
  (value) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'doc',
  'not a minutes document',
);

const noInput = z.object({}).strict();

/** A certificate Paragraf keeps and its password, to sign a justering's PDF with. */
const signWithStoredSchema = z.object({ certificateId: idSchema, password: certificatePasswordSchema }).strict();

/** A revision's SHA-256 hash in hex. */
export const revisionHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'not a revision hash');

/** The text of a review or answer file as read from disk (a signed PDF travels inside). */
export const fileTextSchema = z.string().min(1, 'empty file').max(300_000_000, 'file too large');

/** A party abbreviation as minutes print it ("S", "M", "C", "KD"), or empty. */
export const partySchema = z.string().trim().max(30);

/** An e-mail address, or empty: loosely checked, people type what their organisation uses. */
export const emailSchema = z
  .string()
  .trim()
  .max(200)
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+$/.test(value), 'not an e-mail address');

/** The body's rule for beslutförhet. */
export const quorumRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('majority') }).strict(),
  z.object({ kind: z.literal('minimum'), count: z.number().int().min(1).max(1000) }).strict(),
]);

/** An agenda item as a template holds it: title, and what is prepared before the meeting. */
export const agendaItemSeedSchema = z
  .object({
    title: z.string().trim().max(300),
    presenter: z.string().trim().max(200).optional(),
    basis: z.string().max(4000).optional(),
    proposal: z.string().max(4000).optional(),
  })
  .strict();

/** The input schema of every method: main parses each call with it before anything runs. */
export const inputSchemas = {
  'app.status': noInput,
  'organisation.get': noInput,
  'organisation.rename': z.object({ name: nameSchema }).strict(),
  'bodies.list': noInput,
  'bodies.rename': z.object({ id: idSchema, name: nameSchema }).strict(),
  'bodies.create': z.object({ name: nameSchema, kind: z.enum(bodyKinds) }).strict(),
  'bodies.update': z
    .object({ id: idSchema, name: nameSchema, kind: z.enum(bodyKinds), quorumRule: quorumRuleSchema })
    .strict(),
  'bodies.members': z.object({ bodyId: idSchema }).strict(),
  'memberships.add': z
    .object({ bodyId: idSchema, personId: idSchema, role: z.enum(memberRoles), party: partySchema })
    .strict(),
  'memberships.update': z.object({ id: idSchema, role: z.enum(memberRoles), party: partySchema }).strict(),
  'memberships.remove': z.object({ id: idSchema }).strict(),
  'people.list': noInput,
  'people.create': z.object({ name: nameSchema, email: emailSchema }).strict(),
  'people.update': z.object({ id: idSchema, name: nameSchema, email: emailSchema }).strict(),
  'templates.list': noInput,
  'templates.get': z.object({ id: idSchema }).strict(),
  'templates.saveFromMeeting': z.object({ meetingId: idSchema, name: nameSchema }).strict(),
  'templates.update': z
    .object({ id: idSchema, name: nameSchema, items: z.array(agendaItemSeedSchema).min(1).max(500) })
    .strict(),
  'templates.delete': z.object({ id: idSchema }).strict(),
  'numbering.setStart': z
    .object({ bodyId: idSchema, year: z.number().int().min(1900).max(2200), first: z.number().int().min(1).max(100000) })
    .strict(),
  'meetings.createSample': noInput,
  'identity.get': noInput,
  'identity.set': z.object({ name: nameSchema }).strict(),
  'justering.status': z.object({ meetingId: idSchema }).strict(),
  'justering.send': z.object({ meetingId: idSchema }).strict(),
  'justering.newRevision': z.object({ meetingId: idSchema, reason: z.string().trim().min(3, 'give a reason').max(1000) }).strict(),
  'justering.approve': z
    .object({
      meetingId: idSchema,
      revisionHash: revisionHashSchema,
      personName: nameSchema,
      role: z.enum(approverRoles),
      signature: signWithStoredSchema.optional(),
    })
    .strict(),
  'justering.post': z.object({ meetingId: idSchema, postedOn: isoDateSchema }).strict(),
  'justering.compare': z
    .object({ meetingId: idSchema, from: z.number().int().min(1), to: z.number().int().min(1) })
    .strict(),
  'justering.audit': z.object({ meetingId: idSchema }).strict(),
  'justering.exportReviewFile': z.object({ meetingId: idSchema, signature: signWithStoredSchema.optional() }).strict(),
  'justering.signedPdf': z.object({ meetingId: idSchema }).strict(),
  'justering.importAnswer': z.object({ content: fileTextSchema }).strict(),
  'justering.acceptSuggestion': z.object({ commentId: idSchema }).strict(),
  'justering.rejectComment': z.object({ commentId: idSchema }).strict(),
  'reviews.open': z.object({ content: fileTextSchema }).strict(),
  'reviews.list': noInput,
  'reviews.get': z.object({ reviewId: idSchema }).strict(),
  'reviews.comment': z
    .object({
      reviewId: idSchema,
      itemId: idSchema,
      text: z.string().trim().max(10_000),
      original: z.string().max(100_000).nullable(),
      suggestion: z.string().max(100_000).nullable(),
    })
    .strict()
    .refine((input) => input.text !== '' || input.suggestion !== null, 'write a comment or a suggestion'),
  'reviews.removeComment': z.object({ reviewId: idSchema, commentId: idSchema }).strict(),
  'reviews.answer': z
    .object({ reviewId: idSchema, approve: z.boolean(), role: z.enum(approverRoles), signature: signWithStoredSchema.optional() })
    .strict(),
  'meetings.list': noInput,
  'meetings.create': z
    .object({ templateId: idSchema, bodyId: idSchema, title: nameSchema, date: isoDateSchema })
    .strict(),
  'meetings.open': z.object({ id: idSchema }).strict(),
  'meetings.remove': z.object({ id: idSchema }).strict(),
  'minutes.save': z
    .object({
      meetingId: idSchema,
      baseVersion: z.number().int().min(0),
      document: minutesDocumentSchema.optional(),
      /**
       * The minutes as changes against `baseVersion`: each top-level node either kept (by key:
       * "agendaItem:<id>", or the node type) or sent as JSON. The editor saves this way, so a
       * keystroke in one § uploads that § only.
       */
      parts: z
        .array(z.union([z.object({ keep: z.string().min(1).max(100) }).strict(), z.object({ json: z.string().min(2).max(64 * 1024 * 1024) }).strict()]))
        .min(1)
        .max(10_000)
        .optional(),
    })
    .strict()
    .refine((input) => (input.document === undefined) !== (input.parts === undefined), 'give the document or its parts, one of them'),
  'exports.meeting': exportMeetingSchema,
  'exports.archive': z
    .object({ bodyId: idSchema, year: z.number().int().min(1900).max(2200), folder: z.string().trim().min(1).max(4000) })
    .strict(),
  'certificates.list': noInput,
  'certificates.import': z
    .object({ fileBase64: base64FileSchema, password: certificatePasswordSchema, label: z.string().trim().max(200) })
    .strict(),
  'certificates.create': createCertificateSchema,
  'certificates.remove': z.object({ id: idSchema }).strict(),
  'certificates.download': z.object({ id: idSchema }).strict(),
  'signatures.sign': z
    .object({ pdfBase64: base64FileSchema, fileName: z.string().trim().min(1).max(255), signature: signWithCertificateSchema })
    .strict(),
  'signatures.verify': z.object({ pdfBase64: base64FileSchema }).strict(),
} as const satisfies Record<MethodKey, z.ZodType>;

/** The input schema of each method in `methodKeys`, by key: what `InputOf` and `ParsedInputOf` read. */
export type InputSchemas = typeof inputSchemas;
