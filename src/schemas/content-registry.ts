// The validated, resolved content: what src/content-loader builds from content/ and what the
// machine, the forms and the rules read. Guidance Markdown is loaded separately, on demand.
import * as z from 'zod';
import { contentIdSchema, phaseIdSchema } from './ids';
import { documentStringsSchema } from './content/document-strings';
import { casesSchema, glossarySchema } from './content/knowledge';
import { listSchema } from './content/list';
import { contentManifestSchema } from './content/manifest';
import { phaseSchema } from './content/phase';
import { thresholdsSchema, timeLimitsSchema } from './content/rules-data';
import { statementsSchema } from './content/statements';
import { stepSchema } from './content/step';
import { templateSchema } from './content/template';

export const registeredStepSchema = stepSchema.extend({ phase: phaseIdSchema });
export type RegisteredStep = z.infer<typeof registeredStepSchema>;

export const contentRegistrySchema = z.object({
  manifest: contentManifestSchema,
  /** In lifecycle order (ids.ts phaseIds). */
  phases: z.array(phaseSchema),
  steps: z.record(contentIdSchema, registeredStepSchema),
  lists: z.record(contentIdSchema, listSchema),
  /** Legal numbers as data: content/rules/. */
  rules: z.object({
    thresholds: thresholdsSchema,
    timeLimits: timeLimitsSchema,
    statements: statementsSchema,
  }),
  /** The knowledge base: content/knowledge/. */
  knowledge: z.object({ glossary: glossarySchema, cases: casesSchema }),
  /** Document templates (content/templates/<id>/template.json), in the order listed. */
  templates: z.array(templateSchema),
  /** The words documents print around their clauses, per document language. */
  documentStrings: documentStringsSchema,
});
export type ContentRegistry = z.infer<typeof contentRegistrySchema>;
