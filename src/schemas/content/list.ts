// A shared option list (content/lists/<id>.json): member states, authority types, acts.
import * as z from 'zod';
import { contentIdSchema } from '../ids';
import { localisedTextSchema } from '../localised-text';
import { optionsSchema } from './option';

export const listSchema = z
  .object({
    $schema: z.string().optional(),
    id: contentIdSchema,
    title: localisedTextSchema,
    /** Where the options come from, for lists of facts (official names, legal acts). */
    source: z
      .object({ title: z.string().min(1).max(300), url: z.url().optional() })
      .strict()
      .optional(),
    options: optionsSchema,
  })
  .strict();
export type List = z.infer<typeof listSchema>;
