// The sentences the legal rules say (content/rules/statements.json). The rules in src/domain
// return statement ids with values; the app and the CLI show the content's words for them, so
// legal experts can correct a sentence without touching code.
import * as z from 'zod';
import { contentIdSchema } from '../ids';
import { legalReferenceSchema } from '../legal-reference';
import { localisedTextSchema } from '../localised-text';
import { uniqueIds } from './option';

export const statementSchema = z
  .object({
    id: contentIdSchema,
    /** May contain {placeholders} the rule fills in, e.g. "{value} is above {threshold}". */
    text: localisedTextSchema,
    legal: z.array(legalReferenceSchema).max(10),
    /** Marks a statement built on a fact that is not verified in the legal fact sheet. */
    unverified: z.boolean().optional(),
  })
  .strict();
export type Statement = z.infer<typeof statementSchema>;

export const statementsSchema = z
  .object({
    $schema: z.string().optional(),
    statements: z
      .array(statementSchema)
      .min(1)
      .max(300)
      .superRefine((statements, ctx) => uniqueIds(statements, ctx, 'statement')),
  })
  .strict();
export type Statements = z.infer<typeof statementsSchema>;
