import { z } from 'zod';
import { isValidIsoDate } from '../../domain/dates';

/** A node id or an agenda item id referred to from attributes. */
export const nodeIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** A person as the minutes name them: a register id when known, and always the printed name. */
export const personRefSchema = z
  .object({ personId: nodeIdSchema.nullable(), name: z.string().max(200) })
  .strict();
/** A person named in the minutes. */
export type PersonRef = z.infer<typeof personRefSchema>;

/** Empty, or a date that exists. */
export const optionalDateSchema = z.string().refine((value) => value === '' || isValidIsoDate(value), 'not a date');

/** Turns a zod schema into a TipTap attribute validator that throws on bad values. */
export function zodAttribute(schema: z.ZodType): (value: unknown) => void {
  return (value) => {
    const result = schema.safeParse(value);
    if (!result.success) throw new RangeError(result.error.issues[0]?.message ?? 'invalid attribute');
  };
}
