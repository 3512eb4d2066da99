// A step: one page of the wizard (content/phases/<phase>/steps/<step>.json). Its guidance is
// the Markdown file next to it (<step>.<lang>.md).
import * as z from 'zod';
import { conditionSchema } from '../condition';
import { contentIdSchema } from '../ids';
import { legalReferenceSchema } from '../legal-reference';
import { localisedTextSchema } from '../localised-text';
import { fieldSchema } from './field';
import { uniqueIds } from './option';
import { insightIdSchema } from './insight';
import { crossFieldRuleSchema } from './rule';

export const stepSchema = z
  .object({
    $schema: z.string().optional(),
    id: contentIdSchema,
    /** The page heading: the question, or what the page is about. */
    title: localisedTextSchema,
    /** One or two sentences under the heading. */
    intro: localisedTextSchema.optional(),
    fields: z
      .array(fieldSchema)
      .min(1)
      .max(40)
      .superRefine((fields, ctx) => uniqueIds(fields, ctx, 'field')),
    /** The step is part of the journey only when this holds. */
    showIf: conditionSchema.optional(),
    rules: z.array(crossFieldRuleSchema).max(20).optional(),
    /**
     * Computed panels the page shows above its questions: the legal route, the timeline, the
     * split of costs… Each is code (src/features/wizard/insights/), placed by content.
     */
    insights: z.array(insightIdSchema).max(4).optional(),
    /** "Why am I asked this?": the reason, and the articles behind it. */
    why: z
      .object({
        text: localisedTextSchema,
        legal: z.array(legalReferenceSchema).max(20),
      })
      .strict(),
  })
  .strict();
export type Step = z.infer<typeof stepSchema>;
