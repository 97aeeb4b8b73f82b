import { z } from 'zod';
import { isValidIsoDate } from '../domain/dates';
import type { MinutesDocument } from '../document/types';

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

/** The input schema of every method: main parses each call with it before anything runs. */
export const inputSchemas = {
  'app.status': noInput,
  'organisation.get': noInput,
  'organisation.rename': z.object({ name: nameSchema }).strict(),
  'bodies.list': noInput,
  'bodies.rename': z.object({ id: idSchema, name: nameSchema }).strict(),
  'templates.list': noInput,
  'meetings.list': noInput,
  'meetings.create': z
    .object({ templateId: idSchema, bodyId: idSchema, title: nameSchema, date: isoDateSchema })
    .strict(),
  'meetings.open': z.object({ id: idSchema }).strict(),
  'minutes.save': z
    .object({
      meetingId: idSchema,
      baseVersion: z.number().int().min(0),
      document: minutesDocumentSchema,
    })
    .strict(),
} as const;

/** Names of the methods, derived from their schemas. */
export type InputSchemas = typeof inputSchemas;
