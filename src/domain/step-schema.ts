// Builds the zod schema of a whole step from its spec: visible questions only, requiredIf,
// repeatable groups and cross-field rules. The schema reads form values (StepDraft) and yields
// the answers to store (StepAnswers). Visibility depends on the values, so the schema is built
// for the values being checked; the form and the machine both call this.
import * as z from 'zod';
import type { FieldRef } from '@/schemas/condition';
import type { Field, GroupField, ScalarField } from '@/schemas/content/field';
import type { CrossFieldRule } from '@/schemas/content/rule';
import type { Step } from '@/schemas/content/step';
import type {
  AnswerValue,
  FormValue,
  GroupItem,
  ScalarAnswer,
  StepAnswers,
  StepDraft,
} from '@/schemas/dossier';
import { evaluateCondition, parseFieldRef, type AnswerLookup } from './conditions';
import { DERIVED_STEP, derivedFacts } from './derived-facts';
import type { FieldContext } from './field-context';
import { lenientValue, maxItemsMessage, minItemsMessage, scalarFieldSchema } from './field-schema';
import { localise } from './localise';

export type AnswersByStep = Partial<Record<string, StepAnswers>>;

type FormItem = Record<string, string | string[]>;

export function formItems(value: FormValue | undefined): FormItem[] {
  return Array.isArray(value)
    ? value.filter((item): item is FormItem => typeof item === 'object')
    : [];
}

/**
 * Looks answers up while a step is being edited: a bare ref or "this-step.field" reads the form,
 * inside a group item a bare ref reads the sibling first, any other step reads saved answers.
 */
export function draftLookup(
  step: Step,
  values: StepDraft,
  answers: AnswersByStep,
  ctx: FieldContext,
  item?: { group: GroupField; values: FormItem },
): AnswerLookup {
  return (ref: FieldRef) => {
    const { step: stepId, field: fieldId } = parseFieldRef(ref);
    if (stepId === undefined && item) {
      const sibling = item.group.fields.find((field) => field.id === fieldId);
      if (sibling) return lenientValue(sibling, item.values[fieldId], ctx);
    }
    if (stepId === undefined || stepId === step.id) {
      const field = step.fields.find((candidate) => candidate.id === fieldId);
      if (!field) return undefined;
      if (field.kind === 'group') return formItems(values[fieldId]) as GroupItem[];
      return lenientValue(field, values[fieldId], ctx);
    }
    if (stepId === DERIVED_STEP) return derivedFacts(answers)[fieldId];
    return answers[stepId]?.[fieldId];
  };
}

/** Looks answers up in submitted answers only (overview, check answers, rules). */
export function answersLookup(answers: AnswersByStep, currentStep?: string): AnswerLookup {
  return (ref: FieldRef) => {
    const { step, field } = parseFieldRef(ref);
    if (step === DERIVED_STEP) return derivedFacts(answers)[field];
    const stepId = step ?? currentStep;
    return stepId ? answers[stepId]?.[field] : undefined;
  };
}

export function isFieldVisible(field: Field, lookup: AnswerLookup): boolean {
  return field.showIf ? evaluateCondition(field.showIf, lookup) : true;
}

export function isFieldRequired(field: Field, lookup: AnswerLookup): boolean {
  if (field.requiredIf) return evaluateCondition(field.requiredIf, lookup);
  return field.required !== false;
}

function dropUndefined<T>(record: Record<string, T | undefined>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, T] => entry[1] !== undefined),
  );
}

/**
 * A question the form has not shown yet has no value: check it as empty, so that the user gets
 * "required" rather than a missing-key error.
 */
function withEmptyValues(fields: Field[], input: Record<string, unknown>): Record<string, unknown> {
  const empty = (field: Field): FormValue =>
    field.kind === 'multichoice' || field.kind === 'group' ? [] : '';
  return Object.fromEntries(fields.map((field) => [field.id, input[field.id] ?? empty(field)]));
}

function itemSchema(
  group: GroupField,
  values: FormItem,
  lookupFor: (item: FormItem) => AnswerLookup,
  ctx: FieldContext,
) {
  const lookup = lookupFor(values);
  const shape: Record<string, z.ZodType<ScalarAnswer | undefined>> = {};
  for (const field of group.fields) {
    if (!isFieldVisible(field, lookup)) continue;
    shape[field.id] = scalarFieldSchema(field, isFieldRequired(field, lookup), ctx);
  }
  return z
    .record(z.string(), z.unknown())
    .transform((input) => ({ ...withEmptyValues(group.fields, input), id: input.id }))
    .pipe(z.object({ id: z.string().min(1), ...shape }))
    .transform((item) => dropUndefined(item) as GroupItem);
}

function groupSchema(
  group: GroupField,
  items: FormItem[],
  required: boolean,
  lookupFor: (item: FormItem) => AnswerLookup,
  ctx: FieldContext,
) {
  const min = Math.max(group.minItems ?? 0, required ? 1 : 0);
  const max = group.maxItems ?? 50;
  const tuple = z.tuple(items.map((item) => itemSchema(group, item, lookupFor, ctx)) as []);
  return z
    .unknown()
    .transform((_raw, zctx) => {
      if (items.length < min) {
        zctx.issues.push({
          code: 'custom',
          message: minItemsMessage(group, min, ctx),
          input: items,
        });
        return z.NEVER;
      }
      if (items.length > max) {
        zctx.issues.push({
          code: 'custom',
          message: maxItemsMessage(group, max, ctx),
          input: items,
        });
        return z.NEVER;
      }
      return items;
    })
    .pipe(tuple)
    .transform((parsed): GroupItem[] | undefined =>
      (parsed as GroupItem[]).length === 0 ? undefined : (parsed as GroupItem[]),
    );
}

function numeric(value: AnswerValue | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function applyRule(
  rule: CrossFieldRule,
  parsed: StepAnswers,
  lookup: AnswerLookup,
  ctx: FieldContext,
  addIssue: (path: (string | number)[], message: string) => void,
) {
  const text = localise(rule.message, ctx.language);
  switch (rule.kind) {
    case 'sum': {
      const items = parsed[rule.group];
      if (!Array.isArray(items) || items.length === 0) return;
      // Work in hundredths so that 33.33 + 33.33 + 33.34 is exactly 100.
      const total = (items as GroupItem[]).reduce(
        (sum, item) => sum + Math.round((numeric(item[rule.field]) ?? 0) * 100),
        0,
      );
      if (total !== Math.round(rule.equals * 100)) addIssue([rule.group], text);
      return;
    }
    case 'unique': {
      const items = parsed[rule.group];
      if (!Array.isArray(items)) return;
      const seen = new Set<string>();
      (items as GroupItem[]).forEach((item, index) => {
        const value = item[rule.field];
        if (value === undefined) return;
        const key = typeof value === 'string' ? value.trim().toLowerCase() : JSON.stringify(value);
        if (seen.has(key)) addIssue([rule.group, index, rule.field], text);
        seen.add(key);
      });
      return;
    }
    case 'compare': {
      const left = lookup(rule.field);
      const right = lookup(rule.other);
      if (left === undefined || right === undefined) return;
      if (typeof left !== typeof right || (typeof left !== 'number' && typeof left !== 'string'))
        return;
      const holds =
        rule.op === 'lt'
          ? left < right
          : rule.op === 'lte'
            ? left <= right
            : rule.op === 'gt'
              ? left > right
              : left >= right;
      if (!holds) addIssue([parseFieldRef(rule.field).field], text);
      return;
    }
  }
}

/** The questions of a step shown for these values, in order. */
export function visibleFields(step: Step, lookup: AnswerLookup): Field[] {
  return step.fields.filter((field) => isFieldVisible(field, lookup));
}

export function buildStepSchema(
  step: Step,
  values: StepDraft,
  answers: AnswersByStep,
  ctx: FieldContext,
): z.ZodType<StepAnswers, StepDraft> {
  const lookup = draftLookup(step, values, answers, ctx);
  const shape: Record<string, z.ZodType<AnswerValue | undefined>> = {};
  for (const field of visibleFields(step, lookup)) {
    const required = isFieldRequired(field, lookup);
    if (field.kind === 'group') {
      const lookupFor = (item: FormItem) =>
        draftLookup(step, values, answers, ctx, { group: field, values: item });
      shape[field.id] = groupSchema(field, formItems(values[field.id]), required, lookupFor, ctx);
    } else {
      shape[field.id] = scalarFieldSchema(field as ScalarField, required, ctx);
    }
  }
  return z
    .record(z.string(), z.unknown())
    .transform((input) => withEmptyValues(step.fields, input))
    .pipe(z.object(shape))
    .transform((parsed) => dropUndefined(parsed))
    .superRefine((parsed, zctx) => {
      const parsedLookup: AnswerLookup = (ref) => {
        const { step: stepId, field } = parseFieldRef(ref);
        return stepId === undefined || stepId === step.id
          ? parsed[field]
          : answers[stepId]?.[field];
      };
      for (const rule of step.rules ?? []) {
        applyRule(rule, parsed, parsedLookup, ctx, (path, message) =>
          zctx.addIssue({ code: 'custom', path, message }),
        );
      }
    }) as unknown as z.ZodType<StepAnswers, StepDraft>;
}

export interface StepIssue {
  /** Form path: ["authorities", 1, "name"]. */
  path: (string | number)[];
  message: string;
}

export type StepValidation =
  { success: true; answers: StepAnswers } | { success: false; issues: StepIssue[] };

export function validateStep(
  step: Step,
  values: StepDraft,
  answers: AnswersByStep,
  ctx: FieldContext,
): StepValidation {
  const result = buildStepSchema(step, values, answers, ctx).safeParse(values);
  if (result.success) return { success: true, answers: result.data };
  return {
    success: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
      message: issue.message,
    })),
  };
}
