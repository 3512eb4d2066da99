// The knowledge base (content/knowledge/): a glossary of joint procurement terms, shown inline
// where a term appears, and a library of real cross-border joint procurements, each with its
// public sources.
import * as z from 'zod';
import { contentIdSchema } from '../ids';
import { legalReferenceSchema } from '../legal-reference';
import { localisedTextSchema } from '../localised-text';
import { uniqueIds } from './option';

export const glossaryTermSchema = z
  .object({
    id: contentIdSchema,
    /** The term as it appears in text, e.g. "lead procurer". */
    term: localisedTextSchema,
    /** Other written forms found in text: abbreviations, plurals ("CPB", "central purchasing bodies"). */
    variants: z.array(z.string().min(1).max(80)).max(10).optional(),
    definition: localisedTextSchema,
    legal: z.array(legalReferenceSchema).max(10).optional(),
    /** Related terms. */
    see: z.array(contentIdSchema).max(10).optional(),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossarySchema = z
  .object({
    $schema: z.string().optional(),
    terms: z
      .array(glossaryTermSchema)
      .min(1)
      .max(300)
      .superRefine((terms, ctx) => uniqueIds(terms, ctx, 'term')),
  })
  .strict();
export type Glossary = z.infer<typeof glossarySchema>;

export const sourceSchema = z
  .object({
    title: z.string().min(1).max(300),
    /** Publisher or site, e.g. "European Defence Agency". */
    publisher: z.string().max(200).optional(),
    date: z.string().max(40).optional(),
    url: z.url({ protocol: /^https$/ }).optional(),
  })
  .strict();

export const caseSchema = z
  .object({
    id: contentIdSchema,
    title: localisedTextSchema,
    /** Who bought together. */
    buyers: localisedTextSchema,
    /** What they bought. */
    object: localisedTextSchema,
    /** The legal route or mechanism, as far as the sources say. */
    route: localisedTextSchema,
    years: z.string().min(4).max(40),
    /** What a buyers group can learn from it. */
    lessons: localisedTextSchema.optional(),
    /** What the sources do not settle, said plainly. */
    uncertain: localisedTextSchema.optional(),
    sources: z.array(sourceSchema).min(1).max(10),
    legal: z.array(legalReferenceSchema).max(10).optional(),
  })
  .strict();
export type Case = z.infer<typeof caseSchema>;

export const casesSchema = z
  .object({
    $schema: z.string().optional(),
    cases: z
      .array(caseSchema)
      .min(1)
      .max(100)
      .superRefine((cases, ctx) => uniqueIds(cases, ctx, 'case')),
  })
  .strict();
export type Cases = z.infer<typeof casesSchema>;
