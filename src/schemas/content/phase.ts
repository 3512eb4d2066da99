// A lifecycle phase (content/phases/<phase>/phase.json). Phases themselves are code (the
// machine has one state each); the steps inside them are content.
import * as z from 'zod';
import { contentIdSchema, phaseIdSchema } from '../ids';
import { legalReferenceSchema } from '../legal-reference';
import { localisedTextSchema } from '../localised-text';

export const phaseSchema = z
  .object({
    $schema: z.string().optional(),
    id: phaseIdSchema,
    title: localisedTextSchema,
    summary: localisedTextSchema,
    /** Step ids in the order a user meets them. Each has a file in steps/. */
    steps: z
      .array(contentIdSchema)
      .min(1)
      .max(60)
      .refine((ids) => new Set(ids).size === ids.length, 'A step is listed twice'),
    legal: z.array(legalReferenceSchema).max(30).optional(),
  })
  .strict();
export type Phase = z.infer<typeof phaseSchema>;
