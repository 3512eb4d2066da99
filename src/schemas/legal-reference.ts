// A citation of the law, kept as data so the app can show "Why am I asked this?" and so
// content:check can confirm every act is known (content/lists/legal-acts.json).
import * as z from 'zod';
import { contentIdSchema } from './ids';
import { localisedTextSchema } from './localised-text';

export const legalReferenceSchema = z
  .object({
    /** Id of an act in content/lists/legal-acts.json, e.g. "dir-2014-24". */
    act: contentIdSchema,
    /** Article, paragraph and point as the act numbers them, e.g. "39(4)" or "72(1)(b)". */
    article: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[0-9A-Za-z()., -]+$/, 'Write the article like 39(4) or 72(1)(b)'),
    /** What the article says that matters here, in one line. */
    note: localisedTextSchema.optional(),
  })
  .strict()
  .meta({
    id: 'legalReference',
    description: 'An article of a legal act in content/lists/legal-acts.json',
  });
export type LegalReference = z.infer<typeof legalReferenceSchema>;
