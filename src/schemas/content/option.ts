// Options of a single or multiple choice, inline in a field or shared in content/lists/.
import * as z from 'zod';
import { contentIdSchema } from '../ids';
import { legalReferenceSchema } from '../legal-reference';
import { localisedTextSchema } from '../localised-text';

export const optionSchema = z
  .object({
    id: contentIdSchema,
    label: localisedTextSchema,
    hint: localisedTextSchema.optional(),
    legal: z.array(legalReferenceSchema).max(20).optional(),
  })
  .strict()
  .meta({ id: 'option' });
export type Option = z.infer<typeof optionSchema>;

/** Rejects duplicate ids in a list of things with ids, naming the duplicate. */
export function uniqueIds<T extends { id: string }>(
  items: T[],
  ctx: z.RefinementCtx,
  what: string,
) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `Duplicate ${what} id "${item.id}": ids must be unique`,
      });
    }
    seen.add(item.id);
  });
}

export const optionsSchema = z
  .array(optionSchema)
  .min(2)
  .max(300)
  .superRefine((options, ctx) => uniqueIds(options, ctx, 'option'));
