// A document template (content/templates/<id>/template.json): an outline of numbered sections
// and clauses, each clause a Markdown file per language (clauses/<clause>.<lang>.md) with
// {{placeholders}} that the document engine fills from the dossier after parsing, so nothing a
// user typed can change the document's structure.
import * as z from 'zod';
import { conditionSchema } from '../condition';
import { contentIdSchema, languageCodeSchema, phaseIdSchema } from '../ids';
import { legalReferenceSchema } from '../legal-reference';
import { localisedTextSchema } from '../localised-text';
import { uniqueIds } from './option';

/** Where the rows of a table (or the copies of a repeated clause) come from. */
export const rowSourceSchema = z.union([
  /** One row per authority of the buyers group: {{party.name}}, {{party.country}}, {{party.type}}. */
  z.literal('parties'),
  /** One row per authority with its share of the costs: adds {{share.percent}}, {{share.amount}}. */
  z.literal('cost-split'),
  /** One row per item of a repeatable group, "step-id.field-id": {{item.<field>}}. */
  z.string().regex(/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/, 'Write a group as "step-id.field-id"'),
]);
export type RowSource = z.infer<typeof rowSourceSchema>;

const columnSchema = z
  .object({
    header: localisedTextSchema,
    /** The cell, with placeholders: "{{party.name}}", "{{item.quantity}}". */
    value: z.string().min(1).max(300),
  })
  .strict();

export const clauseSchema = z
  .object({
    id: contentIdSchema,
    /** The clause's heading, printed after its number ("2.1 Purpose"). */
    title: localisedTextSchema.optional(),
    /** The clause appears only when this holds (e.g. only on the Article 39(4) route). */
    showIf: conditionSchema.optional(),
    /** Print the clause once per row of this source (e.g. one paragraph per authority). */
    repeat: rowSourceSchema.optional(),
    /** A table after the clause text. */
    table: z
      .object({ rows: rowSourceSchema, columns: z.array(columnSchema).min(1).max(8) })
      .strict()
      .optional(),
    /** The clause is a block for the signature of each authority. */
    signatures: z.boolean().optional(),
    /** The articles the clause implements, for the legal reviewer. */
    legal: z.array(legalReferenceSchema).max(10).optional(),
  })
  .strict();
export type Clause = z.infer<typeof clauseSchema>;

export const templateSectionSchema = z
  .object({
    id: contentIdSchema,
    title: localisedTextSchema,
    showIf: conditionSchema.optional(),
    clauses: z
      .array(clauseSchema)
      .min(1)
      .max(40)
      .superRefine((clauses, ctx) => uniqueIds(clauses, ctx, 'clause')),
  })
  .strict();
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const templateSchema = z
  .object({
    $schema: z.string().optional(),
    id: contentIdSchema,
    title: localisedTextSchema,
    /** What the document is for, shown in the list of documents. */
    summary: localisedTextSchema,
    /** The languages every clause is written in; English first. */
    languages: z.array(languageCodeSchema).min(1).max(24),
    /** Binding agreements and plans are drafts for legal review; letters and MoUs state intent only. */
    nature: z.enum(['agreement', 'intent', 'report']),
    /** One document per authority of the buyers group (a letter of intent). */
    perParty: z.boolean().optional(),
    /** The phase whose answers the document mostly draws on (for "complete this phase first"). */
    phase: phaseIdSchema,
    sections: z
      .array(templateSectionSchema)
      .min(1)
      .max(40)
      .superRefine((sections, ctx) => uniqueIds(sections, ctx, 'section')),
  })
  .strict()
  .superRefine((template, ctx) => {
    if (template.languages[0] !== 'en')
      ctx.addIssue({
        code: 'custom',
        path: ['languages'],
        message: 'English comes first: it is the complete version',
      });
    const seen = new Set<string>();
    template.sections.forEach((section, sectionIndex) =>
      section.clauses.forEach((clause, clauseIndex) => {
        if (seen.has(clause.id))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', sectionIndex, 'clauses', clauseIndex, 'id'],
            message: `Clause id "${clause.id}" is used twice in this template`,
          });
        seen.add(clause.id);
      }),
    );
  });
export type Template = z.infer<typeof templateSchema>;

/** Where a clause's text in a language lives (as the content glob names files). */
export function clausePath(templateId: string, clauseId: string, language: string) {
  return `/content/templates/${templateId}/clauses/${clauseId}.${language}.md`;
}
