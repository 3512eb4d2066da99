// The dossier: one joint procurement, the single source of truth (DESIGN.md §1). Stored in
// IndexedDB and exported to files, so every change here that breaks old data needs a new
// schemaVersion and a migration in src/dossier/migrations.ts.
//
// Version history
//   1 (app 0.1.0): first release.
import * as z from 'zod';
import { contentIdSchema, phaseIdSchema } from './ids';

import { DOSSIER_SCHEMA_VERSION } from './dossier-version';

export { DOSSIER_SCHEMA_VERSION };

/** The position reached inside a phase when all its steps are done. */
export const CHECK_ANSWERS = 'check-answers';

// Bounds keep a hostile or corrupt file from exhausting memory (quality-targets R-3).
export const MAX_TEXT_LENGTH = 10_000;
export const MAX_GROUP_ITEMS = 500;
const MAX_KEYS = 500;

const boundedKeys = <T extends Record<string, unknown>>(record: T) =>
  Object.keys(record).length <= MAX_KEYS;

export const groupItemIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'An item id uses letters, digits, - and _ only');

/** A stored answer to a non-group question (see src/domain/field-kinds.ts for each kind). */
export const scalarAnswerSchema = z.union([
  z.string().max(MAX_TEXT_LENGTH),
  z.number().refine(Number.isFinite, 'Expected a finite number'),
  z.boolean(),
  z.array(z.string().max(200)).max(300),
]);
export type ScalarAnswer = z.infer<typeof scalarAnswerSchema>;

/** One item of a repeatable group: its stable id plus answers keyed by field id. */
export const groupItemSchema = z
  .record(z.union([z.literal('id'), contentIdSchema]), scalarAnswerSchema)
  .refine(boundedKeys, 'Too many answers in one item')
  .refine((item) => typeof item.id === 'string' && groupItemIdSchema.safeParse(item.id).success, {
    message: 'Each item needs an id',
    path: ['id'],
  });
export type GroupItem = z.infer<typeof groupItemSchema>;

export const answerValueSchema = z.union([
  scalarAnswerSchema,
  z.array(groupItemSchema).max(MAX_GROUP_ITEMS),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const stepAnswersSchema = z
  .record(contentIdSchema, answerValueSchema)
  .refine(boundedKeys, 'Too many answers in one step');
export type StepAnswers = z.infer<typeof stepAnswersSchema>;

/** What a form holds while the user types: text as typed, before it is checked. */
const formScalarSchema = z.union([
  z.string().max(MAX_TEXT_LENGTH),
  z.array(z.string().max(200)).max(300),
]);
export const formItemSchema = z
  .record(z.union([z.literal('id'), contentIdSchema]), formScalarSchema)
  .refine(boundedKeys, 'Too many answers in one item');
export const formValueSchema = z.union([
  formScalarSchema,
  z.array(formItemSchema).max(MAX_GROUP_ITEMS),
]);
export type FormValue = z.infer<typeof formValueSchema>;
export const stepDraftSchema = z
  .record(contentIdSchema, formValueSchema)
  .refine(boundedKeys, 'Too many answers in one step');
export type StepDraft = z.infer<typeof stepDraftSchema>;

export const positionSchema = z
  .object({
    phase: phaseIdSchema,
    step: z.union([contentIdSchema, z.literal(CHECK_ANSWERS)]),
  })
  .strict();
export type Position = z.infer<typeof positionSchema>;

export const dossierSchema = z
  .object({
    schemaVersion: z.literal(DOSSIER_SCHEMA_VERSION),
    id: z.uuid(),
    name: z.string().trim().min(1, 'A dossier needs a name').max(200),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    /** content/content.json contentVersion when the dossier was last saved. */
    contentVersion: z.string().max(20),
    /** Submitted answers: answers[stepId][fieldId]. */
    answers: z.record(contentIdSchema, stepAnswersSchema).refine(boundedKeys, 'Too many steps'),
    /** Typed but not yet submitted (autosaved so a reload loses nothing). */
    drafts: z.record(contentIdSchema, stepDraftSchema).refine(boundedKeys, 'Too many steps'),
    progress: z
      .object({
        /** When each step was last submitted with valid answers. */
        submitted: z
          .record(contentIdSchema, z.iso.datetime({ offset: true }))
          .refine(boundedKeys, 'Too many steps'),
        /** When each phase's answers were last confirmed on its check-answers page. */
        confirmed: z.partialRecord(phaseIdSchema, z.iso.datetime({ offset: true })),
      })
      .strict(),
    /** Where the user was: "continue where you left off". */
    position: positionSchema,
  })
  .strict();
export type Dossier = z.infer<typeof dossierSchema>;
