// A question on a step page. The `kind` decides the control, the stored value and the checks
// (src/domain/field-kinds.ts). Field ids are dossier keys: answers[stepId][fieldId].
import * as z from 'zod';
import { conditionSchema, fieldRefSchema } from '../condition';
import { contentIdSchema } from '../ids';
import { legalReferenceSchema } from '../legal-reference';
import { localisedTextSchema } from '../localised-text';
import { optionsSchema } from './option';

const fieldIdSchema = contentIdSchema.refine(
  (id) => id !== 'id',
  '"id" is reserved for the identity of repeatable group items',
);

/** Messages shown when an answer fails a check, written as "what to fix" (content-style.md). */
const errorsSchema = z
  .object({
    required: localisedTextSchema.optional(),
    invalid: localisedTextSchema.optional(),
    min: localisedTextSchema.optional(),
    max: localisedTextSchema.optional(),
  })
  .strict();

const base = {
  id: fieldIdSchema,
  label: localisedTextSchema,
  hint: localisedTextSchema.optional(),
  /** Short noun phrase used in generic messages ("Estimated value"); defaults to the label. */
  name: localisedTextSchema.optional(),
  /** Whether an answer is needed to continue. Omitted means required. Ignored with requiredIf. */
  required: z.boolean().optional(),
  /** Required exactly when this condition holds. */
  requiredIf: conditionSchema.optional(),
  /** Shown (and checked) only when this condition holds; a hidden answer is not kept. */
  showIf: conditionSchema.optional(),
  errors: errorsSchema.optional(),
  legal: z.array(legalReferenceSchema).max(20).optional(),
};

const choiceSource = {
  /** Inline options, or... */
  options: optionsSchema.optional(),
  /** ...the id of a list in content/lists/. Exactly one of the two. */
  list: contentIdSchema.optional(),
};

const autocompleteTokens = z.enum([
  'organization',
  'organization-title',
  'name',
  'email',
  'tel',
  'off',
]);

const textField = z
  .object({
    ...base,
    kind: z.literal('text'),
    maxLength: z.number().int().min(1).max(1000).optional(),
    width: z.enum(['short', 'medium', 'long']).optional(),
    autocomplete: autocompleteTokens.optional(),
  })
  .strict();

const textareaField = z
  .object({
    ...base,
    kind: z.literal('textarea'),
    maxLength: z.number().int().min(1).max(10000).optional(),
    rows: z.number().int().min(2).max(20).optional(),
  })
  .strict();

const numberField = z
  .object({
    ...base,
    kind: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    /** Unit shown after the box and in answers ("units", "days", "km"). */
    unit: localisedTextSchema.optional(),
  })
  .strict();

const moneyField = z
  .object({
    ...base,
    kind: z.literal('money'),
    min: z.number().min(0).optional(),
    max: z.number().optional(),
  })
  .strict();

const percentageField = z
  .object({
    ...base,
    kind: z.literal('percentage'),
    min: z.number().min(0).max(100).optional(),
    max: z.number().min(0).max(100).optional(),
  })
  .strict();

const dateField = z
  .object({
    ...base,
    kind: z.literal('date'),
    min: z.iso.date().optional(),
    max: z.iso.date().optional(),
  })
  .strict();

const choiceField = z
  .object({
    ...base,
    ...choiceSource,
    kind: z.literal('choice'),
    /** Radios by default; a select for long lists. */
    display: z.enum(['radios', 'select']).optional(),
  })
  .strict();

const multichoiceField = z
  .object({
    ...base,
    ...choiceSource,
    kind: z.literal('multichoice'),
    minSelected: z.number().int().min(1).optional(),
    maxSelected: z.number().int().min(1).optional(),
  })
  .strict();

const yesNoField = z.object({ ...base, kind: z.literal('yesno') }).strict();

/** An EU member state, chosen from content/lists/member-states.json (official names). */
const memberStateField = z
  .object({
    ...base,
    kind: z.literal('member-state'),
    /** Offer only the member states of the buyers group's authorities. */
    restrictTo: z.literal('buyers-group').optional(),
  })
  .strict();

/** One authority of the buyers group (src/domain/parties.ts lists them). */
const partyField = z.object({ ...base, kind: z.literal('party') }).strict();

/** One item of a repeatable group of an earlier step, e.g. a contract of the contract register. */
const itemField = z
  .object({
    ...base,
    kind: z.literal('item'),
    /** The group, as "step-id.field-id". */
    source: fieldRefSchema,
    /** The item's field shown as the option's label, e.g. "lot". */
    labelField: contentIdSchema,
  })
  .strict();

export const scalarFieldSchema = z.discriminatedUnion('kind', [
  textField,
  textareaField,
  numberField,
  moneyField,
  percentageField,
  dateField,
  choiceField,
  multichoiceField,
  yesNoField,
  memberStateField,
  partyField,
  itemField,
]);
export type ScalarField = z.infer<typeof scalarFieldSchema>;

const groupField = z
  .object({
    ...base,
    kind: z.literal('group'),
    /** The questions asked for each item. Groups do not nest. */
    fields: z.array(scalarFieldSchema).min(1).max(30),
    /** Heading of one item, e.g. "Partner"; the app numbers them ("Partner 2"). */
    itemLabel: localisedTextSchema,
    /** Label of the button that adds an item, e.g. "Add another partner". */
    addLabel: localisedTextSchema,
    minItems: z.number().int().min(0).max(500).optional(),
    maxItems: z.number().int().min(1).max(500).optional(),
  })
  .strict();

export const fieldSchema = z.discriminatedUnion('kind', [
  textField,
  textareaField,
  numberField,
  moneyField,
  percentageField,
  dateField,
  choiceField,
  multichoiceField,
  yesNoField,
  memberStateField,
  partyField,
  itemField,
  groupField,
]);
export type Field = z.infer<typeof fieldSchema>;
export type FieldKind = Field['kind'];
export type GroupField = Extract<Field, { kind: 'group' }>;
export type ChoiceLikeField = Extract<Field, { kind: 'choice' | 'multichoice' }>;
