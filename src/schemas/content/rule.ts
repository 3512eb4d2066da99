// Checks across several answers of a step, e.g. cost shares that must add up to 100 %.
import * as z from 'zod';
import { fieldRefSchema } from '../condition';
import { contentIdSchema } from '../ids';
import { localisedTextSchema } from '../localised-text';

const sumRule = z
  .object({
    kind: z.literal('sum'),
    /** The repeatable group, and the number-like field of its items to add up. */
    group: contentIdSchema,
    field: contentIdSchema,
    equals: z.number(),
    message: localisedTextSchema,
  })
  .strict();

const uniqueRule = z
  .object({
    kind: z.literal('unique'),
    group: contentIdSchema,
    field: contentIdSchema,
    message: localisedTextSchema,
  })
  .strict();

const compareRule = z
  .object({
    kind: z.literal('compare'),
    /** The field the message is attached to. */
    field: fieldRefSchema,
    op: z.enum(['lt', 'lte', 'gt', 'gte']),
    other: fieldRefSchema,
    message: localisedTextSchema,
  })
  .strict();

export const crossFieldRuleSchema = z.discriminatedUnion('kind', [
  sumRule,
  uniqueRule,
  compareRule,
]);
export type CrossFieldRule = z.infer<typeof crossFieldRuleSchema>;
